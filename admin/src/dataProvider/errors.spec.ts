import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { toDataProviderError } from './errors';

const translatorFor = (locale: 'en' | 'zh-CN') => polyglotI18nProvider(() => (locale === 'en' ? en : zhCN), locale).translate;
const english = translatorFor('en');
const chinese = translatorFor('zh-CN');

const graphQLFailure = (extensions: Record<string, unknown>, message = 'failed') => ({
  message,
  status: 200,
  body: { graphQLErrors: [{ message, extensions }] },
});

const VIOLATIONS = graphQLFailure({
  code: 'BAD_USER_INPUT',
  violations: [
    { field: 'input.phones.0.number', rule: 'matches', message: 'must be in E.164 format, e.g. +447700900123' },
    { field: 'input.familyName', rule: 'maxLength', message: 'must be shorter than or equal to 100 characters' },
    { field: 'input.specialNeeds', rule: 'consentRequired', message: 'cannot be stored without the traveller’s active SPECIAL_CATEGORY consent' },
  ],
});

describe('server errors in the console', () => {
  it('puts each BAD_USER_INPUT violation on its form field, in the server’s words in English', () => {
    const error = toDataProviderError(VIOLATIONS, 'profiles', english);
    expect(error.status).toBe(400);
    expect(error.body).toEqual({
      errors: {
        'phones.0.number': 'must be in E.164 format, e.g. +447700900123',
        familyName: 'must be shorter than or equal to 100 characters',
        specialNeeds: 'cannot be stored without the traveller’s active SPECIAL_CATEGORY consent',
      },
    });
  });

  it('words each violation in Chinese from its field and rule, with the limit the rule names', () => {
    const error = toDataProviderError(VIOLATIONS, 'profiles', chinese);
    expect(error.body).toEqual({
      errors: {
        'phones.0.number': '必须是 E.164 格式，例如 +447700900123',
        familyName: '不能超过 100 个字符',
        specialNeeds: '没有旅客有效的特殊类别数据同意（明确同意或重大利益），不能保存',
      },
    });
    expect(error.message).toBe('必须是 E.164 格式，例如 +447700900123; 不能超过 100 个字符; 没有旅客有效的特殊类别数据同意（明确同意或重大利益），不能保存');
  });

  it('uses the rule’s wording for any field, and the server’s English for a rule it does not know', () => {
    const error = toDataProviderError(
      graphQLFailure({
        code: 'BAD_USER_INPUT',
        violations: [
          { field: 'input.fieldChoices.0.from', rule: 'arrayMaxSize', message: 'would hold more than 10 emails together; keep one side' },
          { field: 'input.visas.1.number', rule: 'matches', message: 'must be 5 to 30 letters or digits' },
          { field: 'input.notes', rule: 'somethingNew', message: 'is wrong in a new way' },
        ],
      }),
      'duplicateCandidates',
      chinese,
    );
    expect(error.body!.errors).toEqual({
      'fieldChoices.0.from': '最多只能有 10 项',
      'visas.1.number': '必须是 5 到 30 个字母或数字',
      notes: 'is wrong in a new way',
    });
  });

  it('explains a stale edit with the resource’s own message, in either language', () => {
    const stale = graphQLFailure({ code: 'CONFLICT', id: 'p1', expectedVersion: 1, currentVersion: 2 });
    expect(toDataProviderError(stale, 'profiles', chinese)).toMatchObject({ status: 409, message: 'wayfarer.errors.profile_conflict' });
    expect(toDataProviderError(stale, 'staff', english).message).toBe('wayfarer.errors.conflict');
    expect(chinese('wayfarer.errors.profile_conflict')).toMatch(/其他人修改了此旅客/);
  });

  it('says what other conflicts are about: a merged or erased traveller, a decided pair, a name taken', () => {
    const merged = graphQLFailure({ code: 'CONFLICT', id: 'p1', mergedInto: 'p2' }, 'Profile p1 was merged into p2; change that profile instead');
    expect(toDataProviderError(merged, 'profiles', chinese).message).toBe('此旅客已合并到另一份档案中，请在那份档案中修改。');
    expect(toDataProviderError(merged, 'profiles', english).message).toBe('Profile p1 was merged into p2; change that profile instead');
    expect(toDataProviderError(graphQLFailure({ code: 'CONFLICT', id: 'p1', status: 'ERASED' }), 'profiles', chinese).message).toMatch(/已应其本人要求删除/);
    expect(toDataProviderError(graphQLFailure({ code: 'CONFLICT', status: 'DISMISSED' }), 'duplicateCandidates', chinese).message).toMatch(/已处理完毕/);
    const taken = toDataProviderError(graphQLFailure({ code: 'CONFLICT', field: 'input.username' }, 'The username kai is taken'), 'staff', chinese);
    expect(taken).toMatchObject({ status: 409, body: { errors: { username: '已被占用' } } });
    expect(
      toDataProviderError(graphQLFailure({ code: 'CONFLICT', field: 'input.username' }, 'The username kai is taken'), 'staff', english).body!.errors,
    ).toEqual({ username: 'The username kai is taken' });
    const outOfStock = graphQLFailure({ code: 'CONFLICT', field: 'input.rewardId', rule: 'inStock' }, 'Lounge pass is out of stock');
    expect(toDataProviderError(outOfStock, 'loyaltyMembers', chinese)).toMatchObject({ status: 409, body: { errors: { rewardId: '该奖励已无库存' } } });
    expect(toDataProviderError(outOfStock, 'loyaltyMembers', english).message).toBe('Lounge pass is out of stock');
  });

  it('refusals, missing records and ended sessions read in the user’s language, and 401 signs the person out however it arrives', () => {
    expect(
      toDataProviderError(graphQLFailure({ code: 'FORBIDDEN' }, 'Recording special needs needs the profiles.special:write scope'), 'profiles', chinese),
    ).toMatchObject({
      status: 403,
      message: 'wayfarer.errors.forbidden',
    });
    expect(chinese('wayfarer.errors.forbidden')).toBe('您的角色无权执行此操作。');
    expect(toDataProviderError(graphQLFailure({ code: 'NOT_FOUND', entity: 'Profile', id: 'x' }), 'profiles', chinese).message).toBe(
      'ra.notification.item_doesnt_exist',
    );
    expect(chinese('ra.notification.item_doesnt_exist')).not.toBe('ra.notification.item_doesnt_exist');
    expect(toDataProviderError({ message: 'Unauthorized', status: 401 }, 'profiles', chinese).status).toBe(401);
    expect(toDataProviderError(graphQLFailure({ code: 'UNAUTHENTICATED' }), 'profiles', chinese)).toMatchObject({
      status: 401,
      message: 'wayfarer.errors.unauthenticated',
    });
  });

  it('words a rate limit with its wait', () => {
    const limited = graphQLFailure({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 }, 'Too many failed sign-ins; try again in 30 seconds');
    expect(toDataProviderError(limited, 'profiles', chinese).message).toBe('登录失败次数过多，请在 30 秒后重试。');
    expect(toDataProviderError(limited, 'profiles', english).message).toBe('Too many failed sign-ins; try again in 30 seconds');
  });
});
