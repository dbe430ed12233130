import { List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PolicyRulesFieldsFragment } from '../graphql/generated';

type Translate = ReturnType<typeof useTranslate>;

/** The rules in sentences, in the order a consultant checks a booking. */
export const summariseRules = (rules: PolicyRulesFieldsFragment, translate: Translate): string[] => {
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.travelPolicies.summary.${key}`, options);
  const cabin = (value: string) => translate(`resources.travelPolicies.cabin.${value}`);
  const lines: string[] = [];
  [...(rules.cabinByDuration ?? [])]
    .sort((a, b) => a.minHours - b.minHours)
    .forEach((band) =>
      lines.push(band.minHours === 0 ? t('cabinAll', { cabin: cabin(band.cabin) }) : t('cabin', { hours: band.minHours, cabin: cabin(band.cabin) })),
    );
  if (rules.railClass) lines.push(t('railClass', { railClass: translate(`resources.travelPolicies.railClass.${rules.railClass}`) }));
  rules.hotelCaps?.forEach((cap) =>
    lines.push(t('hotelCap', { place: cap.city ? `${cap.city}, ${cap.countryCode}` : cap.countryCode, amount: cap.amount.toFixed(2), currency: cap.currency })),
  );
  if (rules.carClasses?.length) lines.push(t('carClasses', { classes: rules.carClasses.join(', ') }));
  const supplierLists = [
    'preferredAirlines',
    'blockedAirlines',
    'preferredHotelChains',
    'blockedHotelChains',
    'preferredCarHireFirms',
    'blockedCarHireFirms',
  ] as const;
  for (const key of supplierLists) if (rules[key]?.length) lines.push(t(key, { codes: rules[key]!.join(', ') }));
  if (rules.advanceBookingDays) lines.push(t('advanceBookingDays', { smart_count: rules.advanceBookingDays }));
  if (rules.approval) {
    const level = translate(`resources.travelPolicies.approval.${rules.approval}`);
    lines.push(rules.approvers?.length ? t('approvalBy', { level, approvers: rules.approvers.join(', ') }) : t('approval', { level }));
  }
  if (rules.railBelowKm) lines.push(t('railBelowKm', { km: rules.railBelowKm }));
  if (rules.personalPreferencesAtOwnCost !== null && rules.personalPreferencesAtOwnCost !== undefined) {
    lines.push(t(rules.personalPreferencesAtOwnCost ? 'ownCost' : 'noOwnCost'));
  }
  return lines;
};

export const PolicySummary = ({
  rules,
  emptyText = 'resources.travelPolicies.summary.none',
}: {
  rules: PolicyRulesFieldsFragment | null | undefined;
  emptyText?: string;
}) => {
  const translate = useTranslate();
  const lines = rules ? summariseRules(rules, translate) : [];
  return (
    <List dense disablePadding>
      {(lines.length ? lines : [translate(emptyText)]).map((line) => (
        <ListItem key={line} disableGutters>
          <ListItemText primary={line} />
        </ListItem>
      ))}
    </List>
  );
};
