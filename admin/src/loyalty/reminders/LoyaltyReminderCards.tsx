import { Card, CardContent, CardHeader, Grid, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { LoyaltyReminderCountsQuery, LoyaltyRemindersQuery } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';

type LoyaltyReminderCount = LoyaltyReminderCountsQuery['loyaltyReminderCounts'][number] & { id: string };
type LoyaltyReminder = LoyaltyRemindersQuery['loyaltyReminders']['items'][number];

const FIRST_ITEMS = 5;

const ReminderItem = ({ reminder }: { reminder: LoyaltyReminder }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const when =
    reminder.daysLeft < 0
      ? translate('resources.reminders.overdue', { smart_count: -reminder.daysLeft })
      : reminder.daysLeft === 0
        ? translate('resources.reminders.today')
        : translate('resources.reminders.inDays', { smart_count: reminder.daysLeft });
  const membership = reminder.membership ? [reminder.membership.programme.name, reminder.membership.tier].filter(Boolean).join(' · ') : '';
  return (
    <ListItem disableGutters>
      <ListItemText
        primary={<Link to={`${createPath({ resource: 'profiles', id: reminder.profile.id, type: 'show' })}/loyalty`}>{reminder.profile.fullName}</Link>}
        secondary={[membership, `${reminder.dueOn} (${when})`].filter(Boolean).join(' · ')}
      />
    </ListItem>
  );
};

const ReminderCard = ({ count }: { count: LoyaltyReminderCount }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<LoyaltyReminder>('loyaltyReminders', {
    filter: { kind: count.kind },
    pagination: { page: 1, perPage: FIRST_ITEMS },
  });
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={`loyalty-reminders-${count.kind}`}>
      <CardHeader
        title={translate(`resources.loyaltyReminders.kind.${count.kind}`)}
        subheader={translate(count.kind.endsWith('EXPIRED') ? 'resources.loyaltyReminders.before' : 'resources.reminders.dueBy', { date: count.dueBy })}
        action={
          <Typography variant="h4" sx={{ px: 2 }}>
            {count.count}
            {count.countIsExact ? '' : '+'}
          </Typography>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {!isPending && data.length === 0 ? (
          <Typography variant="body2">{translate('resources.reminders.nothing')}</Typography>
        ) : (
          <List dense disablePadding>
            {data.map((reminder) => (
              <ReminderItem key={reminder.id} reminder={reminder} />
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};

/** Tier and membership expiries, as cards beside the profile reminders; only for loyalty:read. */
export const LoyaltyReminderCards = () => {
  const { can } = useScopes();
  const { data = [] } = useGetList<LoyaltyReminderCount>('loyaltyReminderCounts', {}, { enabled: can('loyalty:read') });
  return data.map((count) => (
    <Grid key={count.kind} size={{ xs: 12, md: 6, lg: 4 }}>
      <ReminderCard count={count} />
    </Grid>
  ));
};
