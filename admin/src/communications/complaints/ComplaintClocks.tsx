import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComplaintRowPartsFragment } from '../../graphql/generated';

const when = (iso: string) => new Date(iso).toLocaleString();

/** The acknowledge and resolve clocks: due times, paused, escalated and breached. */
export const ComplaintClocks = ({ complaint }: { complaint: ComplaintRowPartsFragment }) => {
  const translate = useTranslate();
  const settled = complaint.status === 'RESOLVED' || complaint.status === 'CLOSED';
  return (
    <Stack spacing={0.5} data-testid="complaint-clocks">
      <Typography variant="body2">
        {complaint.acknowledgedAt
          ? translate('resources.complaints.clock.acknowledgedAt', { time: when(complaint.acknowledgedAt) })
          : translate('resources.complaints.clock.acknowledgeBy', { time: when(complaint.acknowledgeDueAt) })}
      </Typography>
      {!settled && (
        <Typography variant="body2">
          {complaint.resolveDueAt
            ? translate('resources.complaints.clock.resolveBy', { time: when(complaint.resolveDueAt) })
            : translate('resources.complaints.clock.resolvePaused')}
        </Typography>
      )}
      <Stack direction="row" spacing={1}>
        {complaint.resolveClockPaused && !settled && <Chip size="small" label={translate('resources.complaints.clock.paused')} />}
        {complaint.escalated && <Chip size="small" color="warning" label={translate('resources.complaints.clock.escalated')} />}
        {complaint.acknowledgeBreached && <Chip size="small" color="error" label={translate('resources.complaints.clock.acknowledgeBreached')} />}
        {complaint.resolveBreached && <Chip size="small" color="error" label={translate('resources.complaints.clock.resolveBreached')} />}
      </Stack>
    </Stack>
  );
};
