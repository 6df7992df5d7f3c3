import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PlatformRole } from '@alongside/platform';
import { TestApp } from './test-app.js';

interface Example {
  name: string;
  query: string;
  variables: string;
  /** Whose token the walkthrough says to send: `admin`, `member`, `second member` or nobody. */
  as: 'admin' | 'member' | 'second member' | null;
}

/** The walkthrough's GraphQL examples, in order, each with the JSON variables block after it. */
function readmeExamples(): Example[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## A first walkthrough'), readme.indexOf('## Configuration'));
  const examples: Example[] = [];
  let as: Example['as'] = null;
  // A numbered step starts afresh; "*as the member*" applies to the step's blocks that follow it.
  const block = /(\n\d+\. )|(\*as the (admin|member|second member)\*)|```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/gi;
  for (const match of section.matchAll(block)) {
    if (match[1]) as = null;
    else if (match[3]) as = match[3].toLowerCase() as Example['as'];
    else {
      const query = match[4].replace(/^ {3,4}/gm, '');
      examples.push({ name: /(?:query|mutation) (\w+)/.exec(query)![1], query, variables: match[5], as });
    }
  }
  return examples;
}

describe('the README walkthrough', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start('pglite');
  });
  afterAll(() => t.close());

  it('works as written, from signing in as the admin to the first post', async () => {
    const admin = await t.user(PlatformRole.ADMIN);
    const values: Record<string, string> = { 'admin email': admin.email, 'admin password': admin.password };
    const tokens: Record<string, string> = {};
    const examples = readmeExamples();
    expect(examples.map((e) => e.name)).toEqual([
      'SignInAsAdmin', 'CreateGroup', 'Register', 'FindGroups', 'JoinGroup', 'GroupRules', 'AcceptRules', 'FirstPost',
      'RegisterAlex', 'ReportPost', 'ReviewQueue', 'ClaimItem', 'HidePost', 'AuditTrail',
    ]);

    for (const example of examples) {
      const variables = JSON.parse(example.variables.replace(/<([^>]+)>/g, (_, key: string) => values[key] ?? `<${key}>`));
      const token = example.as ? tokens[example.as] : undefined;
      const data = await t.ok(example.query, variables, token);
      switch (example.name) {
        case 'SignInAsAdmin':
          tokens.admin = data.login.accessToken;
          break;
        case 'CreateGroup':
          values['group id'] = data.createGroup.id;
          break;
        case 'Register':
          tokens.member = data.register.accessToken;
          break;
        case 'FindGroups':
          expect(data.groups.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(values['group id']);
          break;
        case 'JoinGroup':
          expect(data.joinGroup.status).toBe('ACTIVE');
          break;
        case 'GroupRules':
          values['rules version'] = String(data.group.groundRules.version);
          break;
        case 'FirstPost':
          expect(data.createTopic.post.body).toMatch(/glad to have found you/);
          values['post id'] = data.createTopic.post.id;
          break;
        case 'RegisterAlex':
          tokens['second member'] = data.register.accessToken;
          break;
        case 'ReportPost':
          expect(data.reportPost.received).toBe(true);
          break;
        case 'ReviewQueue': {
          const item = data.reviewQueue.edges.map((e: { node: { id: string; kind: string } }) => e.node).find((n: { kind: string }) => n.kind === 'REPORTED_POST');
          expect(item).toMatchObject({ reportCount: 1, reports: [{ reason: 'GROUND_RULE_BREACH', ruleKey: 'not-medical-advice' }] });
          values['review item id'] = item.id;
          break;
        }
        case 'ClaimItem':
          expect(data.claimReviewItem.status).toBe('CLAIMED');
          break;
        case 'HidePost':
          expect(data.hidePost.status).toBe('HIDDEN');
          break;
        case 'AuditTrail':
          expect(data.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['post.hidden', 'report.filed']);
          break;
      }
    }
  });
});
