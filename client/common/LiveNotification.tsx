import { useState } from 'react';
import { Box } from '@mui/material';
import { Notification, useNotificationContext, type NotificationPayload } from 'react-admin';

/**
 * react-admin's snackbar, announced: it renders inside a live region that is in the page from the
 * start (a region that appears together with its text is not reliably read), so each notification
 * — saved, 409 conflicts, errors — is said as it appears. Only an error keeps the snackbar's own
 * role=alert (said at once, interrupting); anything else would be said twice by a nested region.
 */
export function LiveNotification() {
  const { notifications } = useNotificationContext();
  // The snackbar takes the notification off the queue as it shows it; remember the one it took.
  // (State set while rendering, guarded, so the role is right in the same commit as the snackbar.)
  const [shown, setShown] = useState<NotificationPayload | undefined>(undefined);
  if (notifications[0] && notifications[0] !== shown) setShown(notifications[0]);
  const urgent = (notifications[0] ?? shown)?.type === 'error';
  return (
    <Box role="status" aria-live="polite">
      <Notification slotProps={{ content: { role: urgent ? 'alert' : 'presentation' } }} />
    </Box>
  );
}
