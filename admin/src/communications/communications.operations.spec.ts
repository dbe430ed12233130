import { ApolloError } from '@apollo/client';
import { createBuildQuery } from '../dataProvider/buildQuery';
import { campaignOperations } from './campaigns/campaigns.operations';
import { interactionOperations } from './interactions/interactions.operations';
import { profileTimelineOperations } from './timeline/timeline.operations';
import { closeUndertakingInput } from './work/work.operations';
import type { LogInteractionInput, UndertakingPartsFragment } from '../graphql/generated';

const operations = { interactions: interactionOperations, profileTimeline: profileTimelineOperations, campaigns: campaignOperations };
const buildQuery = (scopes: string[]) => createBuildQuery(() => scopes, operations);
const AGENT = ['communications:read', 'communications:write'];
const SUPERVISOR = [...AGENT, 'communications.confidential:read', 'campaigns:read'];

const timelineRequest = (scopes: string[], filter: Record<string, unknown> = {}) =>
  buildQuery(scopes)('GET_MANY_REFERENCE', 'profileTimeline', { id: 'p1', target: 'profileId', filter, pagination: { page: 1, perPage: 25 } });

describe('the timeline', () => {
  it('asks for the campaign a message was of only with campaigns:read, and filters by one channel and one kind', () => {
    expect(timelineRequest(AGENT).variables).toMatchObject({ id: 'p1', canReadCampaigns: false, filter: {} });
    expect(timelineRequest(SUPERVISOR, { channel: 'TELEPHONE', kind: 'INTERACTION' }).variables).toMatchObject({
      canReadCampaigns: true,
      filter: { channels: ['TELEPHONE'], kinds: ['INTERACTION'] },
    });
  });

  const page = { id: 'p1', timeline: { items: [{ id: 'i1' }], total: 1, totalIsExact: true, nextCursor: null } };

  it('shows a confidential summary refused to the role as hidden, not as a failed page', () => {
    const forbidden = [
      { message: 'Forbidden', path: ['profile', 'timeline', 'items', 0, 'item', 'summary'], extensions: { code: 'FORBIDDEN' } },
      { message: 'Forbidden', path: ['profile', 'timeline', 'items', 0, 'item', 'outcome'], extensions: { code: 'FORBIDDEN' } },
    ];
    const request = timelineRequest(AGENT);
    expect(request.errorPolicy).toBe('all');
    expect(request.parseResponse({ data: { profile: page }, errors: forbidden })).toEqual({ data: page.timeline.items, total: 1 });
  });

  it('fails on any other error', () => {
    const request = timelineRequest(AGENT);
    const elsewhere = [{ message: 'Forbidden', path: ['profile', 'timeline', 'items', 0, 'item', 'campaign'], extensions: { code: 'FORBIDDEN' } }];
    expect(() => request.parseResponse({ data: { profile: page }, errors: elsewhere })).toThrow(ApolloError);
    const internal = [{ message: 'boom', path: ['profile', 'timeline', 'items', 0, 'item', 'summary'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
    expect(() => request.parseResponse({ data: { profile: page }, errors: internal })).toThrow(ApolloError);
  });
});

describe('a call logged while on the phone', () => {
  const log = (data: Record<string, unknown>) => buildQuery(AGENT)('CREATE', 'interactions', { data }).variables.input as LogInteractionInput;

  it('sends the duration in seconds, trimmed texts, and no recording agreement for a call neither recorded nor monitored', () => {
    expect(
      log({
        profileId: 'p1',
        channel: 'TELEPHONE',
        direction: 'INBOUND',
        requirement: 'BOOKING',
        durationMinutes: 7.5,
        summary: ' Kyoto ',
        outcome: ' ',
        recorded: false,
      }),
    ).toEqual({
      profileId: 'p1',
      channel: 'TELEPHONE',
      direction: 'INBOUND',
      requirement: 'BOOKING',
      durationSeconds: 450,
      summary: 'Kyoto',
      outcome: undefined,
      confidential: false,
      recording: undefined,
    });
  });

  it('sends the agreement as given when recorded or monitored, so the server names a missing agreement or consent', () => {
    expect(log({ profileId: 'p1', channel: 'TELEPHONE', recorded: true }).recording).toEqual({
      recorded: true,
      monitored: false,
      customerToldAndAgreed: false,
    });
    expect(log({ profileId: 'p1', channel: 'VOIP', monitored: true, customerToldAndAgreed: true }).recording).toEqual({
      recorded: false,
      monitored: true,
      customerToldAndAgreed: true,
    });
  });
});

describe('closing an undertaking', () => {
  const undertaking = { id: 'u1', version: 3, overdue: false, delayNote: null } as UndertakingPartsFragment;

  it('sends the delay explanation only for an overdue one without it, even blank, so the server names the rule', () => {
    expect(closeUndertakingInput(undertaking, { delayNote: 'late', customerTold: true })).toEqual({ expectedVersion: 3 });
    expect(closeUndertakingInput({ ...undertaking, overdue: true }, { delayNote: ' Consulate was slow ', customerTold: true })).toEqual({
      expectedVersion: 3,
      delayNote: 'Consulate was slow',
      customerTold: true,
    });
    expect(closeUndertakingInput({ ...undertaking, overdue: true }, {})).toEqual({ expectedVersion: 3, delayNote: '', customerTold: false });
    expect(closeUndertakingInput({ ...undertaking, overdue: true, delayNote: 'told on Monday' }, {})).toEqual({ expectedVersion: 3 });
  });
});

describe('a campaign draft', () => {
  it('sends the audience without blank words and no subject by SMS', () => {
    const data = {
      name: ' Spring ',
      channel: 'SMS',
      audience: { segments: ['region:europe', ' '], tags: [' vip '], accountId: '' },
      defaultLanguage: 'en',
      contents: [{ language: 'en', subject: 'left from e-mail', body: 'Hello {{name}}' }],
    };
    expect(buildQuery(SUPERVISOR)('CREATE', 'campaigns', { data }).variables.input).toEqual({
      name: 'Spring',
      channel: 'SMS',
      audience: { segments: ['region:europe'], tags: ['vip'], accountId: null },
      defaultLanguage: 'en',
      contents: [{ language: 'en', subject: undefined, body: 'Hello {{name}}' }],
    });
  });

  it('updates against the version it was read at, keeping the channel it was created with', () => {
    const previousData = { id: 'c1', version: 2, channel: 'EMAIL' };
    const data = { name: 'Spring', audience: { tags: ['vip'] }, defaultLanguage: 'en', contents: [{ language: 'en', subject: ' Hi ', body: 'Body' }] };
    expect(buildQuery(SUPERVISOR)('UPDATE', 'campaigns', { id: 'c1', data, previousData }).variables).toEqual({
      id: 'c1',
      input: {
        expectedVersion: 2,
        name: 'Spring',
        audience: { segments: [], tags: ['vip'], accountId: null },
        defaultLanguage: 'en',
        contents: [{ language: 'en', subject: 'Hi', body: 'Body' }],
      },
    });
  });
});
