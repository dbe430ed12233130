import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * What an empty nested list says, in words naming what is missing: react-admin's default names the
 * page's resource instead ("No Travellers found" under a traveller's e-mails).
 */
export const EmptyList = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return <Typography variant="body2">{translate(message)}</Typography>;
};
