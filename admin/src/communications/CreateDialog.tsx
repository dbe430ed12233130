import { useState, type ReactNode } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, Form, SaveButton, useCreate, useTranslate } from 'react-admin';
import { useDialogSave } from '../dataProvider/useDialogSave';

interface CreateDialogProps {
  resource: string;
  title: string;
  notice: string;
  defaults: Record<string, unknown>;
  onClose: () => void;
  /** Turns the server's field errors into a refusal shown above the form, for errors no input of the form carries. */
  refusalOf?: (errors: Record<string, string>) => string | null;
  children: ReactNode;
}

/** A dialog that creates one record of `resource` from its form; the server's errors show on the inputs, or as a refusal. */
export const CreateDialog = ({ resource, title, notice, defaults, onClose, refusalOf, children }: CreateDialogProps) => {
  const translate = useTranslate();
  const [create] = useCreate();
  const [refusal, setRefusal] = useState<string | null>(null);
  const saveDialog = useDialogSave(onClose, notice);
  const save = async (values: Record<string, unknown>) => {
    setRefusal(null);
    const errors = await saveDialog(() => create(resource, { data: { ...defaults, ...values } }, { returnPromise: true }));
    if (errors && refusalOf) setRefusal(refusalOf(errors));
    return errors;
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form record={defaults} onSubmit={save as never}>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          {refusal && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {refusal}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
