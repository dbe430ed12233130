import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { segmentLabel } from './segmentLabel';

describe('segment labels', () => {
  it('names loyalty members and every tier the scheme may have, in English and Chinese', () => {
    const labels = (catalogue: typeof en, segments: string[]) => {
      const { translate } = polyglotI18nProvider(() => catalogue, 'en');
      return segments.map((segment) => segmentLabel(translate, segment));
    };
    expect(labels(en, ['loyalty:member', 'loyalty:gold', 'loyalty:silver-plus', 'vip', 'loyalty:'])).toEqual([
      'Loyalty scheme member',
      'Loyalty tier: Gold',
      'Loyalty tier: Silver Plus',
      'VIP',
      'loyalty:',
    ]);
    expect(labels(zhCN, ['loyalty:member', 'loyalty:gold'])).toEqual(['忠诚度计划会员', '会员等级：Gold']);
  });
});
