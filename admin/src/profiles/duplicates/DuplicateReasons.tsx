import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DuplicateReason } from '../../graphql/generated';

/** What the two profiles share, one chip per kind of evidence. */
export const DuplicateReasons = ({ reasons }: { reasons: readonly DuplicateReason[] }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5}>
      {reasons.map((reason) => (
        <Chip key={reason} size="small" label={translate(`resources.duplicateCandidates.reason.${reason}`)} />
      ))}
    </Stack>
  );
};
