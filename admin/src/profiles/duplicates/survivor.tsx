import { useEffect } from 'react';
import { useRecordContext, useRedirect } from 'react-admin';

/** Opens the survivor when the record asked for was merged into it (see underRequestedId). */
export const SurvivorRedirect = () => {
  const record = useRecordContext<{ survivorId?: string }>();
  const redirect = useRedirect();
  const survivorId = record?.survivorId;
  useEffect(() => {
    if (survivorId) redirect('show', 'profiles', survivorId);
  }, [survivorId, redirect]);
  return null;
};
