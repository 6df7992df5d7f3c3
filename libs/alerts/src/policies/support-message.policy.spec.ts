import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@alongside/platform';
import { DEFAULT_CRISIS_RESOURCES, GENERIC_RESOURCES, parseCrisisResources, resourcesFor } from '../support/crisis-resources.js';
import { composeSupportMessage, offersSupport, pickLines, supportDue, supportLanguage } from './support-message.policy.js';

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const LABELS = /\b(high|medium|low|risk|suicidal|committed)\b/i;

describe('the supportive message', () => {
  it('leads with the emergency number and one first-aid step in a medical emergency, then local lines (UK)', () => {
    const { body, lines } = composeSupportMessage({ language: 'en', resources: resourcesFor(DEFAULT_CRISIS_RESOURCES, 'gb'), categories: ['suicide', 'medical_emergency'] });
    expect(body.split('\n')[0]).toMatch(/^If you or someone with you needs urgent medical help, call 999 now\. If you can, unlock the door/);
    expect(body).toContain('Samaritans: call 116 123');
    expect(lines.map((l) => l.name)).toEqual(['Samaritans', 'Shout']);
    expect(body).not.toMatch(LABELS);
    expect(body).toContain('sent automatically');
    expect(words(body)).toBeLessThanOrEqual(130);
  });

  it('offers the lines first and the emergency number for immediate danger otherwise (US)', () => {
    const { body } = composeSupportMessage({ language: 'en', resources: resourcesFor(DEFAULT_CRISIS_RESOURCES, 'US'), categories: ['suicide'] });
    expect(body.indexOf('988')).toBeLessThan(body.indexOf('call 911'));
    expect(body).toContain('If you are in immediate danger, call 911.');
    expect(body).not.toMatch(LABELS);
  });

  it('writes in the member\'s language, with the generic emergency advice where the region is unknown', () => {
    const { body, lines } = composeSupportMessage({ language: supportLanguage('es-MX'), resources: resourcesFor(DEFAULT_CRISIS_RESOURCES, null), categories: ['medical_emergency'] });
    expect(lines).toEqual([]);
    expect(body).toMatch(/^Si tú o alguien contigo necesita ayuda médica urgente, llama ahora a tu número local de emergencias\./);
    expect(body).toContain('Una línea de crisis local');
    expect(supportLanguage('ja')).toBe('en');
    expect(resourcesFor(DEFAULT_CRISIS_RESOURCES, 'ZZ')).toBe(GENERIC_RESOURCES);
  });

  it('puts the lines that speak the member\'s language first, three at most', () => {
    const line = (name: string, languages?: string[]) => ({ name, contact: name, languages });
    expect(pickLines([line('a', ['en']), line('b', ['fr']), line('c'), line('d', ['fr'])], 'fr').map((l) => l.name)).toEqual(['b', 'c', 'd']);
  });

  it('is offered from the configured level, at most once per period', () => {
    expect(offersSupport('high', 'medium')).toBe(true);
    expect(offersSupport('low', 'medium')).toBe(false);
    expect(offersSupport('high', 'off')).toBe(false);
    const now = new Date('2026-11-26T12:00:00Z');
    expect(supportDue(null, now, 24)).toBe(true);
    expect(supportDue(new Date('2026-11-26T00:00:00Z'), now, 24)).toBe(false);
    expect(supportDue(new Date('2026-11-25T12:00:00Z'), now, 24)).toBe(true);
  });
});

describe('an organization\'s crisis resources file', () => {
  it('replaces the regions it names and keeps the others', () => {
    const resources = parseCrisisResources(JSON.stringify({
      regions: { GB: { emergency: '999', lines: [{ name: 'Our nurse line', contact: 'call 0800 000 000', languages: ['en'] }] }, XK: { emergency: null, lines: [] } },
    }));
    expect(resourcesFor(resources, 'GB').lines.map((l) => l.name)).toEqual(['Our nurse line']);
    expect(resourcesFor(resources, 'XK')).toEqual({ emergency: null, lines: [] });
    expect(resourcesFor(resources, 'US').emergency).toBe('911');
  });

  it.each([
    ['not json', 'not valid JSON'],
    [JSON.stringify({ regions: { gb: { emergency: '999', lines: [] } } }), 'two-letter'],
    [JSON.stringify({ regions: { GB: { emergency: 'call us', lines: [] } } }), 'regions.GB.emergency'],
    [JSON.stringify({ regions: { GB: { emergency: '999', lines: [{ name: 'x' }] } } }), 'regions.GB.lines[0].contact'],
  ])('refuses %s, naming CRISIS_RESOURCES_FILE', (json, problem) => {
    expect(() => parseCrisisResources(json)).toThrow(ConfigError);
    expect(() => parseCrisisResources(json)).toThrow(problem);
    expect(() => parseCrisisResources(json)).toThrow('CRISIS_RESOURCES_FILE');
  });
});
