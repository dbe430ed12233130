import { TestGraph } from '@wayfarer/gateway/testing';
import { uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';

const INTERACTION =
  'id channel direction requirement occurredAt durationSeconds confidential summary outcome version staffMember { id } conversation { id } recordingAgreement { recorded monitored agreedAt takenBy { id } }';
const LOG = `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { ${INTERACTION} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateInteractionInput!) { updateInteraction(id: $id, input: $input) { ${INTERACTION} } }`;
const GET = `query($id: ID!) { interaction(id: $id) { ${INTERACTION} } }`;
const LIST = `query($filter: InteractionFilter, $direction: SortDirection, $page: PageInput) {
  interactions(filter: $filter, direction: $direction, page: $page) { total nextCursor items { id channel } } }`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) { id openedBy { id } interactions(direction: ASC) { items { id channel } }
  referrals { id status reasonGiven toTeam toStaff { id } } } }`;
const TIMELINE = `query($id: ID!, $filter: TimelineFilter, $page: PageInput) { profile(id: $id) {
  timeline(filter: $filter, page: $page) { total nextCursor items { id kind channel occurredAt item { ... on Interaction { id summary } } } } } }`;
const REFER =
  'mutation($input: ReferConversationInput!) { referConversation(input: $input) { id status version toTeam reasonGiven toStaff { id } fromStaff { id } } }';
const ACCEPT =
  'mutation($id: ID!, $input: ReferralChangeInput!) { acceptReferral(id: $id, input: $input) { id status version toStaff { id } acceptedBy { id } } }';
const CLOSE = 'mutation($id: ID!, $input: ReferralChangeInput!) { closeReferral(id: $id, input: $input) { id status version closedBy { id } } }';
const MY_REFERRALS = 'query($status: ReferralStatus) { myReferrals(status: $status) { total items { id status } } }';
const REFERRALS = 'query($filter: ReferralFilter) { referrals(filter: $filter) { total items { id status toTeam } } }';
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };

describe.each(everyDatabase())('interactions, conversations, referrals and the timeline through the gateway on %s', (_database, subgraphEnv) => {
  let graph: TestGraph;
  const staffIds: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const tokenFor = async (role: keyof typeof ROLE_SCOPES) => {
    staffIds[role] = uuid7();
    tokens[role] = await graph.sessionToken({ sub: staffIds[role], roles: [role], scopes: [...ROLE_SCOPES[role]] });
  };

  const run = (query: string, variables: Record<string, unknown>, role = 'agent') =>
    graph.request(query, variables, { token: tokens[role] }).then((result) => result.body);
  const ok = async (query: string, variables: Record<string, unknown>, role = 'agent') => {
    const body = await run(query, variables, role);
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, any>;
  };
  const refusal = async (query: string, variables: Record<string, unknown>, role = 'agent') => {
    const body = await run(query, variables, role);
    const error = body.errors?.[0];
    return { code: error?.extensions?.code, violation: error?.extensions?.violations?.[0] as { field: string; rule: string } | undefined };
  };
  const createTraveller = async (familyName: string): Promise<{ id: string; version: number }> =>
    (
      await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
        input: { givenName: 'Sam', familyName, lawfulBasis: LAWFUL_BASIS },
      })
    ).createProfile;
  const recordConsent = async (traveller: { id: string; version: number }, purpose: string, granted: boolean) => {
    const { recordConsent: recorded } = await ok(
      'mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version } }',
      {
        id: traveller.id,
        input: { expectedVersion: traveller.version, purpose, granted, legalBasis: 'CONSENT', noticeVersion: 'calls-2026', channel: 'PHONE' },
      },
    );
    traveller.version = recorded.version;
  };
  const log = async (input: Record<string, unknown>, role = 'agent') => (await ok(LOG, { input }, role)).logInteraction;
  const interactionsOf = async (profileId: string) => (await ok(LIST, { filter: { profileId }, page: { limit: 200 } })).interactions;
  const timelineOf = async (profileId: string, variables: Record<string, unknown> = {}, role = 'agent') =>
    (await ok(TIMELINE, { id: profileId, ...variables }, role)).profile.timeline;
  const auditOf = async (subjectId: string) => {
    await graph.subgraphs.communications.audit.flush();
    await graph.subgraphs.communications.audit.relay();
    const { auditEvents } = await ok(
      'query($filter: AuditEventFilter) { auditEvents(filter: $filter, page: { limit: 50 }) { items { operation subjectType fields outcome errorCode actorId } } }',
      { filter: { subjectId, service: 'communications' } },
      'admin',
    );
    return auditEvents.items as { operation: string; subjectType: string; fields: string[]; outcome: string; errorCode: string | null; actorId: string }[];
  };
  const call = (profileId: string, extra: Record<string, unknown> = {}) => ({
    profileId,
    channel: 'TELEPHONE',
    direction: 'INBOUND',
    requirement: 'BOOKING',
    durationSeconds: 240,
    summary: 'Asked to move the Lisbon flight',
    outcome: 'Rebooked for Friday',
    ...extra,
  });

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv });
    for (const role of ['agent', 'supervisor', 'marketing', 'dpo', 'admin'] as const) await tokenFor(role);
  }, 180_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(subgraphEnv);
  });

  it('threads a switch of channel into one conversation, with the caller as staff member by default, and lists by every filter in keyset pages', async () => {
    const traveller = await createTraveller('Thread');
    const first = await log(call(traveller.id, { occurredAt: '2026-03-01T09:00:00.000Z' }));
    expect(first).toMatchObject({
      channel: 'TELEPHONE',
      requirement: 'BOOKING',
      durationSeconds: 240,
      staffMember: { id: staffIds.agent },
      recordingAgreement: null,
    });
    const followUp = await log({
      profileId: traveller.id,
      conversationId: first.conversation.id,
      channel: 'EMAIL',
      direction: 'OUTBOUND',
      requirement: 'BOOKING',
      occurredAt: '2026-03-01T10:00:00.000Z',
      summary: 'Sent the new itinerary',
      staffId: staffIds.supervisor,
    });
    expect(followUp).toMatchObject({ conversation: { id: first.conversation.id }, staffMember: { id: staffIds.supervisor } });
    const separate = await log(call(traveller.id, { channel: 'SMS', requirement: 'INFORMATION', occurredAt: '2026-03-02T08:00:00.000Z' }));
    expect(separate.conversation.id).not.toBe(first.conversation.id);

    const { conversation } = await ok(CONVERSATION, { id: first.conversation.id });
    expect(conversation).toMatchObject({
      openedBy: { id: staffIds.agent },
      interactions: {
        items: [
          { id: first.id, channel: 'TELEPHONE' },
          { id: followUp.id, channel: 'EMAIL' },
        ],
      },
    });

    const ids = async (filter: Record<string, unknown>) =>
      (await ok(LIST, { filter: { profileId: traveller.id, ...filter } })).interactions.items.map((item: { id: string }) => item.id);
    expect(await ids({})).toEqual([separate.id, followUp.id, first.id]);
    expect(await ids({ channel: 'EMAIL' })).toEqual([followUp.id]);
    expect(await ids({ requirement: 'INFORMATION' })).toEqual([separate.id]);
    expect(await ids({ staffId: staffIds.supervisor })).toEqual([followUp.id]);
    expect(await ids({ conversationId: first.conversation.id })).toEqual([followUp.id, first.id]);
    expect(await ids({ occurredFrom: '2026-03-01T09:30:00.000Z', occurredBefore: '2026-03-02T00:00:00.000Z' })).toEqual([followUp.id]);
    expect(await ids({ search: 'ITINERARY' })).toEqual([followUp.id]);

    const pages: string[] = [];
    let after: string | undefined;
    do {
      const { interactions } = await ok(LIST, { filter: { profileId: traveller.id }, page: { limit: 2, after } });
      pages.push(...interactions.items.map((item: { id: string }) => item.id));
      after = interactions.nextCursor ?? undefined;
    } while (after);
    expect(pages).toEqual([separate.id, followUp.id, first.id]);
  });

  it('refuses bad input naming the field and rule, writing nothing', async () => {
    const traveller = await createTraveller('Refused');
    const other = await createTraveller('Other');
    const othersConversation = (await log(call(other.id))).conversation.id;

    expect(await refusal(LOG, { input: call(traveller.id, { conversationId: othersConversation }) })).toEqual({
      code: 'BAD_USER_INPUT',
      violation: expect.objectContaining({ field: 'input.conversationId', rule: 'sameTraveller' }),
    });
    expect(await refusal(LOG, { input: call(traveller.id, { conversationId: uuid7() }) })).toMatchObject({
      violation: { field: 'input.conversationId', rule: 'conversationExists' },
    });
    expect(await refusal(LOG, { input: call(traveller.id, { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }) })).toMatchObject({
      violation: { field: 'input.occurredAt', rule: 'notInFuture' },
    });
    expect(await refusal(LOG, { input: call(traveller.id, { durationSeconds: -1 }) })).toMatchObject({
      violation: { field: 'input.durationSeconds', rule: 'min' },
    });
    expect(await refusal(LOG, { input: call(traveller.id, { summary: 'x'.repeat(4001) }) })).toMatchObject({
      violation: { field: 'input.summary', rule: 'isLength' },
    });
    for (const unknown of [{ channel: 'PIGEON' }, { requirement: 'GOSSIP' }]) {
      const body = await run(LOG, { input: call(traveller.id, unknown) });
      expect(body.errors?.[0].message).toMatch(/PIGEON|GOSSIP/);
    }
    expect((await interactionsOf(traveller.id)).total).toBe(0);
    expect((await timelineOf(traveller.id)).total).toBe(0);
    expect((await interactionsOf(other.id)).total).toBe(1);
  });

  it('records a call only with the traveller’s CALL_RECORDING consent in profiles, the customer told and agreeing, on a voice channel, and audits agreement and refusal', async () => {
    const traveller = await createTraveller('Recorded');
    const recording = { recorded: true, customerToldAndAgreed: true, agreedAt: '2026-03-03T10:00:05.000Z' };
    const at = { occurredAt: '2026-03-03T10:00:00.000Z' };

    expect(await refusal(LOG, { input: call(traveller.id, { ...at, recording }) })).toEqual({
      code: 'BAD_USER_INPUT',
      violation: expect.objectContaining({ field: 'input.recording.recorded', rule: 'callRecordingConsent' }),
    });
    await recordConsent(traveller, 'CALL_RECORDING', false);
    expect(await refusal(LOG, { input: call(traveller.id, { ...at, recording }) })).toMatchObject({ violation: { rule: 'callRecordingConsent' } });
    expect((await interactionsOf(traveller.id)).total).toBe(0);

    await recordConsent(traveller, 'CALL_RECORDING', true);
    expect(await refusal(LOG, { input: call(traveller.id, { ...at, channel: 'EMAIL', recording }) })).toMatchObject({
      violation: { field: 'input.recording', rule: 'voiceChannel' },
    });
    expect(await refusal(LOG, { input: call(traveller.id, { ...at, recording: { ...recording, customerToldAndAgreed: false } }) })).toMatchObject({
      violation: { field: 'input.recording.customerToldAndAgreed', rule: 'customerAgreement' },
    });
    expect(await refusal(LOG, { input: call(traveller.id, { ...at, recording: { customerToldAndAgreed: true } }) })).toMatchObject({
      violation: { field: 'input.recording', rule: 'recordedOrMonitored' },
    });
    expect((await interactionsOf(traveller.id)).total).toBe(0);

    const recorded = await log(
      call(traveller.id, { ...at, channel: 'VOIP', recording: { ...recording, monitored: true, takenByStaffId: staffIds.supervisor } }),
    );
    expect(recorded.recordingAgreement).toEqual({ recorded: true, monitored: true, agreedAt: recording.agreedAt, takenBy: { id: staffIds.supervisor } });

    // Monitoring alone needs the customer's agreement, not the recording consent.
    const other = await createTraveller('Monitored');
    const monitored = await log(call(other.id, { ...at, channel: 'VIDEO', recording: { monitored: true, customerToldAndAgreed: true } }));
    expect(monitored.recordingAgreement).toEqual({ recorded: false, monitored: true, agreedAt: at.occurredAt, takenBy: { id: staffIds.agent } });

    const events = await auditOf(recorded.id);
    expect(events).toContainEqual(
      expect.objectContaining({ operation: 'logInteraction', subjectType: 'Interaction', outcome: 'success', fields: expect.arrayContaining(['recording']) }),
    );
    // A refusal names no record, so it is found by who tried.
    await graph.subgraphs.communications.audit.flush();
    await graph.subgraphs.communications.audit.relay();
    const { auditEvents } = await ok(
      'query($filter: AuditEventFilter) { auditEvents(filter: $filter, page: { limit: 200 }) { items { operation outcome errorCode fields } } }',
      { filter: { actorId: staffIds.agent, service: 'communications' } },
      'admin',
    );
    expect(auditEvents.items).toContainEqual({
      operation: 'logInteraction',
      outcome: 'failure',
      errorCode: 'BAD_USER_INPUT',
      fields: expect.arrayContaining(['recording']),
    });
  });

  it('withholds a confidential interaction’s summary and outcome without communications.confidential:read, field by field, leaves it out of searches, and audits confidential reads', async () => {
    const traveller = await createTraveller('Confidential');
    // Even its author, an agent, reads back only what the scope allows.
    const logged = await run(LOG, { input: call(traveller.id, { confidential: true, summary: 'Disclosed a family matter', outcome: 'Waived the fee' }) });
    const secret = logged.data!.logInteraction;
    expect(secret).toMatchObject({ confidential: true, summary: null, outcome: null });
    await log(call(traveller.id, { summary: 'A family holiday' }));

    const asAgent = await run(GET, { id: secret.id }, 'agent');
    expect(asAgent.data!.interaction).toMatchObject({ id: secret.id, channel: 'TELEPHONE', confidential: true, summary: null, outcome: null });
    expect(asAgent.errors!.map((error) => [error.path!.join('.'), error.extensions!.code]).sort()).toEqual([
      ['interaction.outcome', 'FORBIDDEN'],
      ['interaction.summary', 'FORBIDDEN'],
    ]);
    expect((await ok(GET, { id: secret.id }, 'supervisor')).interaction).toMatchObject({ summary: 'Disclosed a family matter', outcome: 'Waived the fee' });

    const search = async (role: string) => (await ok(LIST, { filter: { profileId: traveller.id, search: 'family' } }, role)).interactions.total;
    expect(await search('agent')).toBe(1);
    expect(await search('supervisor')).toBe(2);
    expect(await refusal(LIST, { filter: { search: 'family' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'filter.search', rule: 'searchWithin' },
    });

    const CONFIDENTIAL = 'query($filter: InteractionFilter) { confidentialInteractions(filter: $filter) { items { id } } }';
    expect((await ok(CONFIDENTIAL, { filter: { profileId: traveller.id } }, 'supervisor')).confidentialInteractions.items).toEqual([{ id: secret.id }]);
    expect(await refusal(CONFIDENTIAL, { filter: { profileId: traveller.id } })).toMatchObject({ code: 'FORBIDDEN' });

    expect(await refusal(UPDATE, { id: secret.id, input: { expectedVersion: 1, confidential: false } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (await ok(UPDATE, { id: secret.id, input: { expectedVersion: 1, outcome: 'Fee waived, apology sent' } }, 'supervisor')).updateInteraction,
    ).toMatchObject({
      version: 2,
      outcome: 'Fee waived, apology sent',
    });
    expect(await refusal(UPDATE, { id: secret.id, input: { expectedVersion: 1, outcome: 'lost' } }, 'supervisor')).toMatchObject({ code: 'CONFLICT' });

    const events = await auditOf(secret.id);
    expect(events).toContainEqual(expect.objectContaining({ operation: 'read', subjectType: 'ConfidentialInteraction', actorId: staffIds.supervisor }));
    expect(events.filter((event) => event.subjectType === 'ConfidentialInteraction').every((event) => event.actorId !== staffIds.agent)).toBe(true);
  });

  it('refers a conversation to a colleague or a team, into their worklist, through accept and close', async () => {
    const traveller = await createTraveller('Referred');
    const { conversation } = await log(call(traveller.id));

    expect(await refusal(REFER, { input: { conversationId: conversation.id, reasonGiven: 'Our visa desk knows best' } })).toEqual({
      code: 'BAD_USER_INPUT',
      violation: expect.objectContaining({ field: 'input.toStaffId', rule: 'referralTarget' }),
    });
    expect(await refusal(REFER, { input: { conversationId: uuid7(), toTeam: 'VISA_DESK', reasonGiven: 'x' } })).toMatchObject({
      violation: { field: 'input.conversationId', rule: 'conversationExists' },
    });
    expect(await refusal(REFER, { input: { conversationId: conversation.id, toTeam: 'visa desk', reasonGiven: 'x' } })).toMatchObject({
      violation: { field: 'input.toTeam', rule: 'matches' },
    });
    expect((await ok(CONVERSATION, { id: conversation.id })).conversation.referrals).toEqual([]);

    const toColleague = (
      await ok(REFER, { input: { conversationId: conversation.id, toStaffId: staffIds.supervisor, reasonGiven: 'A supervisor can waive the fee' } })
    ).referConversation;
    expect(toColleague).toMatchObject({
      status: 'OPEN',
      toStaff: { id: staffIds.supervisor },
      fromStaff: { id: staffIds.agent },
      reasonGiven: 'A supervisor can waive the fee',
    });
    const toTeam = (await ok(REFER, { input: { conversationId: conversation.id, toTeam: 'VISA_DESK', reasonGiven: 'Our visa desk will call back' } }))
      .referConversation;

    expect((await ok(MY_REFERRALS, {}, 'supervisor')).myReferrals.items).toEqual([{ id: toColleague.id, status: 'OPEN' }]);
    expect((await ok(REFERRALS, { filter: { team: 'VISA_DESK', status: 'OPEN' } })).referrals.items).toContainEqual({
      id: toTeam.id,
      status: 'OPEN',
      toTeam: 'VISA_DESK',
    });

    const accepted = (await ok(ACCEPT, { id: toColleague.id, input: { expectedVersion: 1 } }, 'supervisor')).acceptReferral;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 2, acceptedBy: { id: staffIds.supervisor } });
    expect((await ok(CLOSE, { id: toColleague.id, input: { expectedVersion: 2 } }, 'supervisor')).closeReferral).toMatchObject({
      status: 'CLOSED',
      version: 3,
    });
    expect(await refusal(ACCEPT, { id: toColleague.id, input: { expectedVersion: 3 } }, 'supervisor')).toMatchObject({ code: 'CONFLICT' });
    expect((await ok(MY_REFERRALS, {}, 'supervisor')).myReferrals.total).toBe(0);

    // A team's referral accepted by one of its members becomes theirs.
    expect((await ok(ACCEPT, { id: toTeam.id, input: { expectedVersion: 1 } }, 'admin')).acceptReferral).toMatchObject({ toStaff: { id: staffIds.admin } });
    expect((await ok(MY_REFERRALS, { status: 'ACCEPTED' }, 'admin')).myReferrals.items).toEqual([{ id: toTeam.id, status: 'ACCEPTED' }]);
    expect(await auditOf(toTeam.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ operation: 'referConversation' }), expect.objectContaining({ operation: 'acceptReferral' })]),
    );
  });

  it('shows the traveller’s timeline newest first in exact keyset pages, filtered by channel and kind, and nothing to marketing or a partner', async () => {
    const traveller = await createTraveller('Timeline');
    const logged: { id: string; channel: string; occurredAt: string }[] = [];
    const sameMoment = '2026-02-01T12:00:00.000Z';
    for (const [index, channel] of ['TELEPHONE', 'EMAIL', 'SMS', 'ONLINE_CHAT', 'PAPER', 'SOCIAL_MEDIA', 'VIDEO', 'VOIP'].entries()) {
      // Three share one moment, so the id breaks the tie and no page skips or repeats them.
      const occurredAt = index < 3 ? sameMoment : new Date(Date.parse(sameMoment) + index * 60_000).toISOString();
      logged.push(await log(call(traveller.id, { channel, occurredAt })));
    }
    const newestFirst = [...logged]
      .sort((a, b) => (a.id < b.id ? 1 : -1))
      .sort((a, b) => Date.parse((b as any).occurredAt) - Date.parse((a as any).occurredAt));

    const walked: string[] = [];
    let after: string | undefined;
    do {
      const page = await timelineOf(traveller.id, { page: { limit: 3, after } });
      walked.push(...page.items.map((entry: { id: string; kind: string; item: { id: string } }) => (expect(entry.kind).toBe('INTERACTION'), entry.item.id)));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(walked).toEqual(newestFirst.map((interaction) => interaction.id));

    const voice = await timelineOf(traveller.id, { filter: { channels: ['TELEPHONE', 'VIDEO', 'VOIP'], kinds: ['INTERACTION'] } });
    expect(voice.items.map((entry: { channel: string }) => entry.channel)).toEqual(['VOIP', 'VIDEO', 'TELEPHONE']);
    expect(voice.items[0].item.summary).toBe('Asked to move the Lisbon flight');

    const asMarketing = await run(TIMELINE, { id: traveller.id }, 'marketing');
    expect(asMarketing.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { createPartnerClient } = await ok(
      'mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }',
      { input: { name: 'Nosy Partner', scopes: ['profiles:read'], accountIds: [] } },
      'admin',
    );
    const asPartner = async (query: string, variables: Record<string, unknown>) =>
      (await graph.request(query, variables, { apiKey: createPartnerClient.apiKey })).body;
    for (const [query, variables] of [
      [TIMELINE, { id: traveller.id }],
      [LIST, { filter: { profileId: traveller.id } }],
      [GET, { id: logged[0].id }],
      [MY_REFERRALS, {}],
      [LOG, { input: call(traveller.id) }],
    ] as const) {
      expect((await asPartner(query, variables)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const refusedGrant = await run(
      'mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }',
      { input: { name: 'Greedy Partner', scopes: ['communications:read'], accountIds: [] } },
      'admin',
    );
    expect(refusedGrant.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports everything held on the traveller and erases what was said, keeping channel, time, requirement and duration without the person', async () => {
    const traveller = await createTraveller('Erased');
    await recordConsent(traveller, 'CALL_RECORDING', true);
    const recorded = await log(call(traveller.id, { recording: { recorded: true, customerToldAndAgreed: true } }));
    const referral = (await ok(REFER, { input: { conversationId: recorded.conversation.id, toTeam: 'GROUPS', reasonGiven: 'Groups handle parties of ten' } }))
      .referConversation;

    const { communicationsDataSubjectExport: exported } = await ok(
      'query($id: ID!) { communicationsDataSubjectExport(subjectId: $id) { found document } }',
      { id: traveller.id },
      'dpo',
    );
    const document = JSON.parse(exported.document);
    expect(document.interactions.conversations).toEqual([expect.objectContaining({ id: recorded.conversation.id })]);
    expect(document.interactions.interactions).toEqual([
      expect.objectContaining({ id: recorded.id, channel: 'TELEPHONE', summary: 'Asked to move the Lisbon flight', outcome: 'Rebooked for Friday' }),
    ]);
    expect(document.interactions.recordingAgreements).toEqual([
      expect.objectContaining({ interactionId: recorded.id, recorded: true, takenBy: staffIds.agent }),
    ]);
    expect(document.referrals).toEqual([expect.objectContaining({ id: referral.id, reasonGiven: 'Groups handle parties of ten', toTeam: 'GROUPS' })]);
    expect(document.timeline).toEqual([expect.objectContaining({ id: recorded.id, kind: 'INTERACTION' })]);

    const erase = 'mutation($id: ID!) { communicationsDataSubjectErase(subjectId: $id) { outcome } }';
    expect((await ok(erase, { id: traveller.id }, 'dpo')).communicationsDataSubjectErase.outcome).toBe('ERASED');
    expect((await ok(GET, { id: recorded.id }, 'admin')).interaction).toMatchObject({
      channel: 'TELEPHONE',
      direction: 'INBOUND',
      requirement: 'BOOKING',
      durationSeconds: 240,
      summary: null,
      outcome: null,
    });
    const [row] = await graph.subgraphs.communications.dataSource.query('SELECT profile_id, occurred_at FROM interactions WHERE id = ?', [recorded.id]);
    expect(row.profile_id).toBeNull();
    expect(row.occurred_at).not.toBeNull();
    const [referralRow] = await graph.subgraphs.communications.dataSource.query('SELECT profile_id, reason_given, to_team FROM referrals WHERE id = ?', [
      referral.id,
    ]);
    expect(referralRow).toEqual({ profile_id: null, reason_given: null, to_team: 'GROUPS' });
    expect((await interactionsOf(traveller.id)).total).toBe(0);
    expect((await timelineOf(traveller.id)).total).toBe(0);
    expect(
      (await ok('query($id: ID!) { communicationsDataSubjectExport(subjectId: $id) { found } }', { id: traveller.id }, 'dpo')).communicationsDataSubjectExport
        .found,
    ).toBe(false);
  });
});
