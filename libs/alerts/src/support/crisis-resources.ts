import { readFileSync } from 'node:fs';
import { ConfigError } from '@alongside/platform';

/** A help line as a member sees it. */
export interface CrisisLine {
  readonly name: string;
  /** How to reach it, as one would dial or type it: "call or text 988". */
  readonly contact: string;
  readonly hours?: string;
  /** ISO 639-1 codes it answers in; absent: the region's usual languages. */
  readonly languages?: readonly string[];
}

export interface RegionResources {
  /** The number for immediate danger; `null` where not verified ("your local emergency number" is said instead). */
  readonly emergency: string | null;
  /** Local lines, most useful first. */
  readonly lines: readonly CrisisLine[];
}

/** Region (ISO 3166-1 alpha-2, upper case) → its resources. */
export type CrisisResources = ReadonlyMap<string, RegionResources>;

/** Where the region is unknown or has no entry: no line, the generic emergency advice. */
export const GENERIC_RESOURCES: RegionResources = { emergency: null, lines: [] };

const H24 = '24/7';

/**
 * The shipped defaults, from ../shared/crisis/RESOURCES.md (each entry's source is named there). Lines and
 * emergency numbers marked unverified there are left out; an organization overrides any region.
 */
export const DEFAULT_CRISIS_RESOURCES: CrisisResources = new Map<string, RegionResources>([
  // mhn.com, mcphs.edu, abc7.com, crisistextline.org/faq
  ['US', { emergency: '911', lines: [
    { name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988, or chat at 988lifeline.org', hours: H24, languages: ['en', 'es'] },
    { name: 'Crisis Text Line', contact: 'text HOME to 741741', hours: H24, languages: ['en', 'es'] },
  ] }],
  // newswire.ca (Government of Canada); the emergency number is unconfirmed in RESOURCES.md
  ['CA', { emergency: null, lines: [{ name: '9-8-8 Suicide Crisis Helpline', contact: 'call or text 988', hours: H24, languages: ['en', 'fr'] }] }],
  // samaritans.org, giveusashout.org
  ['GB', { emergency: '999', lines: [
    { name: 'Samaritans', contact: 'call 116 123 (free)', hours: H24, languages: ['en'] },
    { name: 'Shout', contact: 'text SHOUT to 85258', hours: H24, languages: ['en'] },
  ] }],
  // newstalk.com, wicklownow.ie
  ['IE', { emergency: '112', lines: [
    { name: 'Samaritans', contact: 'call 116 123 (free)', hours: H24, languages: ['en'] },
    { name: 'Pieta', contact: 'call 1800 247 247 or text HELP to 51444', hours: H24, languages: ['en'] },
  ] }],
  // lifeinmind.org.au; 000 is unconfirmed in RESOURCES.md
  ['AU', { emergency: null, lines: [{ name: 'Lifeline', contact: 'call 13 11 14 or text 0477 13 11 14', hours: H24, languages: ['en'] }] }],
  // pegasus.health.nz, scoop.co.nz
  ['NZ', { emergency: '111', lines: [{ name: 'Need to talk?', contact: 'call or text 1737 (free)', hours: H24, languages: ['en'] }] }],
  // ondacero.es, rtve.es, maldita.es
  ['ES', { emergency: '112', lines: [
    { name: 'Línea 024', contact: 'llama al 024 (gratuito)', hours: H24, languages: ['es'] },
    { name: 'Teléfono de la Esperanza', contact: 'llama al 717 003 717', languages: ['es'] },
  ] }],
  // eluniversal.com.mx (CONASAMA)
  ['MX', { emergency: null, lines: [{ name: 'Línea de la Vida', contact: 'llama al 800 911 2000 (gratuito)', hours: H24, languages: ['es'] }] }],
  // ospia.org.ar; 107 is the ambulance; the CAS line's hours are unverified, so it is left out
  ['AR', { emergency: '107', lines: [{ name: 'Línea de salud mental', contact: 'llama al 0800 999 0091 (gratuito)', hours: H24, languages: ['es'] }] }],
  // service-public.fr
  ['FR', { emergency: '112', lines: [{ name: '3114', contact: 'appelez le 3114 (gratuit)', hours: H24, languages: ['fr'] }] }],
  // domradio.de, spektrum.de
  ['DE', { emergency: '112', lines: [{ name: 'TelefonSeelsorge', contact: 'ruf 0800 111 0 111 oder 0800 111 0 222 an (kostenlos)', hours: H24, languages: ['de'] }] }],
  // burgenland.orf.at, katholisch.at; 144 is the ambulance
  ['AT', { emergency: '144', lines: [{ name: 'TelefonSeelsorge', contact: 'ruf 142 an (kostenlos)', hours: H24, languages: ['de'] }] }],
  // 143.ch, srf.ch; the emergency number is unconfirmed in RESOURCES.md
  ['CH', { emergency: null, lines: [{ name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico', contact: '143', hours: H24, languages: ['de', 'fr', 'it'] }] }],
  // 24noticias.sapo.pt, dn.pt
  ['PT', { emergency: '112', lines: [
    { name: 'Linha Nacional de Prevenção do Suicídio', contact: 'liga 1411 (gratuito)', hours: H24, languages: ['pt'] },
    { name: 'SNS 24', contact: 'liga 808 24 24 24', hours: H24, languages: ['pt'] },
  ] }],
  // claudia.abril.com.br, estadao.com.br
  ['BR', { emergency: null, lines: [{ name: 'CVV', contact: 'ligue 188 (gratuito) ou converse pelo chat em cvv.org.br', hours: H24, languages: ['pt'] }] }],
  // fanpage.it, vivimilano.corriere.it: not a 24/7 line, so the emergency number comes first
  ['IT', { emergency: '112', lines: [{ name: 'Telefono Amico Italia', contact: 'chiama lo 02 2327 2327', hours: '10:00–24:00', languages: ['it'] }] }],
  // MoHFW reply in parliament (2025)
  ['IN', { emergency: '112', lines: [{ name: 'Tele-MANAS', contact: 'call 14416 or 1-800-891-4416 (free)', hours: H24 }] }],
]);

/** The resources of a region: the organization's entry, else the shipped one, else the generic advice. */
export function resourcesFor(resources: CrisisResources, region: string | null): RegionResources {
  return (region && resources.get(region.toUpperCase())) || GENERIC_RESOURCES;
}

const REGION = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}$/;
const EMERGENCY = /^[0-9][0-9 ]{1,14}$/;

function text(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

/**
 * An organization's resources file: `{ "regions": { "GB": { "emergency": "999", "lines": [{ "name", "contact",
 * "hours"?, "languages"? }] } } }`. Each region it names replaces the shipped one; the others stay.
 */
export function parseCrisisResources(json: string, base: CrisisResources = DEFAULT_CRISIS_RESOURCES): CrisisResources {
  const fail = (problem: string): never => {
    throw new ConfigError('CRISIS_RESOURCES_FILE', problem);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail('is not valid JSON');
  }
  const regions = (parsed as { regions?: unknown } | null)?.regions;
  if (typeof regions !== 'object' || regions === null || Array.isArray(regions)) return fail('must hold an object "regions"');
  const merged = new Map(base);
  for (const [region, entry] of Object.entries(regions as Record<string, unknown>)) {
    if (!REGION.test(region)) fail(`has a region "${region}" that is not a two-letter upper-case code`);
    const { emergency, lines } = (entry ?? {}) as { emergency?: unknown; lines?: unknown };
    if (emergency !== null && !(typeof emergency === 'string' && EMERGENCY.test(emergency))) {
      fail(`regions.${region}.emergency must be a phone number of digits (or null)`);
    }
    if (!Array.isArray(lines) || lines.length > 5) fail(`regions.${region}.lines must be a list of at most 5 lines`);
    const checked = (lines as unknown[]).map((line, i): CrisisLine => {
      const { name, contact, hours, languages } = (line ?? {}) as Record<string, unknown>;
      const where = `regions.${region}.lines[${i}]`;
      if (!text(name, 100)) fail(`${where}.name must be a text of at most 100 characters`);
      if (!text(contact, 200)) fail(`${where}.contact must be a text of at most 200 characters`);
      if (hours !== undefined && !text(hours, 60)) fail(`${where}.hours must be a text of at most 60 characters`);
      if (languages !== undefined && !(Array.isArray(languages) && languages.every((l) => typeof l === 'string' && LANGUAGE.test(l)))) {
        fail(`${where}.languages must be a list of two-letter language codes`);
      }
      return {
        name: name as string,
        contact: contact as string,
        ...(hours === undefined ? {} : { hours: hours as string }),
        ...(languages === undefined ? {} : { languages: languages as string[] }),
      };
    });
    merged.set(region, { emergency: emergency as string | null, lines: checked });
  }
  return merged;
}

/** The resources in force: the shipped ones, overridden by the organization's file when configured. */
export function loadCrisisResources(file: string | undefined): CrisisResources {
  if (!file) return DEFAULT_CRISIS_RESOURCES;
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError('CRISIS_RESOURCES_FILE', `cannot be read: ${file}`);
  }
  return parseCrisisResources(json);
}
