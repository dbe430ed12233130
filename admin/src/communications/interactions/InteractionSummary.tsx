import LockIcon from '@mui/icons-material/Lock';
import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { InteractionDetailPartsFragment } from '../../graphql/generated';

const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

/** Direction, requirement and duration; the summary and outcome, or that they are confidential when the role may not read them. */
export const InteractionSummary = ({ interaction }: { interaction: InteractionDetailPartsFragment }) => {
  const translate = useTranslate();
  const hidden = interaction.confidential && interaction.summary == null && interaction.outcome == null;
  const facts = [
    translate(`resources.interactions.direction.${interaction.direction}`),
    translate(`resources.interactions.requirement.${interaction.requirement}`),
    interaction.durationSeconds != null ? translate('resources.interactions.minutes', { smart_count: minutes(interaction.durationSeconds) }) : null,
  ];
  const recording = interaction.recordingAgreement;
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">{facts.filter(Boolean).join(' · ')}</Typography>
        {interaction.confidential && <Chip size="small" icon={<LockIcon />} label={translate('resources.interactions.confidential')} />}
        {recording && (
          <Chip
            size="small"
            variant="outlined"
            label={translate(
              recording.recorded && recording.monitored
                ? 'resources.interactions.recordedAndMonitored'
                : recording.recorded
                  ? 'resources.interactions.recordedChip'
                  : 'resources.interactions.monitoredChip',
            )}
            title={translate('resources.interactions.agreementTaken', { name: recording.takenBy.displayName })}
          />
        )}
      </Stack>
      {hidden ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.interactions.summaryHidden')}
        </Typography>
      ) : (
        <>
          {interaction.summary && <Typography variant="body2">{interaction.summary}</Typography>}
          {interaction.outcome && (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.interactions.outcomeIs', { outcome: interaction.outcome })}
            </Typography>
          )}
        </>
      )}
    </Stack>
  );
};
