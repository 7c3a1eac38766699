// The saving flag and the server's error message of a form dialog: `run` shows the spinner, clears the
// last error, and keeps the server's Chinese message for the dialog's alert if the call fails.
import { useCallback, useState } from 'react';
import { errorMessage } from '../api/client';

export function useSubmit() {
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const run = useCallback(async (call: () => Promise<void>) => {
    setSaving(true);
    setServerError(null);
    try {
      await call();
    } catch (err) {
      setServerError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }, []);
  const clearError = useCallback(() => setServerError(null), []);
  return { saving, serverError, run, clearError };
}
