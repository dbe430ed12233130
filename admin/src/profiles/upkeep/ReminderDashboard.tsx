import { Card, CardContent, CardHeader, Grid, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, Title, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { ReminderCountsQuery, RemindersQuery } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { LoyaltyReminderCards } from '../../loyalty/reminders/LoyaltyReminderCards';

type ReminderCount = ReminderCountsQuery['reminderCounts'][number] & { id: string };
type Reminder = RemindersQuery['reminders']['items'][number];

const FIRST_ITEMS = 5;

const ReminderItem = ({ reminder }: { reminder: Reminder }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const detail = reminder.missing
    ? translate(`resources.reminders.missing.${reminder.missing}`)
    : reminder.documentType
      ? translate(`resources.reminders.documentType.${reminder.documentType}`, { _: reminder.documentType })
      : '';
  const when =
    reminder.daysLeft < 0
      ? translate('resources.reminders.overdue', { smart_count: -reminder.daysLeft })
      : reminder.daysLeft === 0
        ? translate('resources.reminders.today')
        : translate('resources.reminders.inDays', { smart_count: reminder.daysLeft });
  return (
    <ListItem disableGutters>
      <ListItemText
        primary={
          reminder.profile ? <Link to={createPath({ resource: 'profiles', id: reminder.profile.id, type: 'show' })}>{reminder.profile.fullName}</Link> : '—'
        }
        secondary={[detail, reminder.missing ? null : `${reminder.dueOn} (${when})`].filter(Boolean).join(' · ')}
      />
    </ListItem>
  );
};

const ReminderCard = ({ count }: { count: ReminderCount }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<Reminder>('reminders', { filter: { kind: count.kind }, pagination: { page: 1, perPage: FIRST_ITEMS } });
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={`reminders-${count.kind}`}>
      <CardHeader
        title={translate(`resources.reminders.kind.${count.kind}`)}
        subheader={translate(count.kind === 'INCOMPLETE' ? 'resources.reminders.now' : 'resources.reminders.dueBy', { date: count.dueBy })}
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

/** The console's home page: what is due, per kind, with the first travellers to act on. */
export const ReminderDashboard = () => {
  const translate = useTranslate();
  const { can } = useScopes();
  const { data = [] } = useGetList<ReminderCount>('reminderCounts', {}, { enabled: can('profiles:read') });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.reminders.title" />
      <CardHeader title={translate('resources.reminders.title')} subheader={translate('resources.reminders.subtitle')} />
      <CardContent>
        {can('profiles:read') ? (
          <Grid container spacing={2}>
            {data.map((count) => (
              <Grid key={count.kind} size={{ xs: 12, md: 6, lg: 4 }}>
                <ReminderCard count={count} />
              </Grid>
            ))}
            <LoyaltyReminderCards />
          </Grid>
        ) : (
          <Typography>{translate('resources.reminders.noAccess')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};
