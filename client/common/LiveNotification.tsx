import { useState } from 'react';
import { Box } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { Notification } from 'react-admin';

interface Said {
  text: string;
  urgent: boolean;
  n: number;
}

/**
 * react-admin's snackbar, announced: the live regions stay in the page from the start (a region that
 * appears together with its text is not reliably read), and each notification's text is put into them
 * as the snackbar enters — errors assertively (role=alert), everything else politely (role=status).
 */
export function LiveNotification() {
  const [said, setSaid] = useState<Said>({ text: '', urgent: false, n: 0 });
  return (
    <>
      <Box sx={visuallyHidden} role="status" aria-live="polite" aria-atomic="true" data-testid="live-status">
        {!said.urgent && <span key={said.n}>{said.text}</span>}
      </Box>
      <Box sx={visuallyHidden} role="alert" aria-live="assertive" aria-atomic="true" data-testid="live-alert">
        {said.urgent && <span key={said.n}>{said.text}</span>}
      </Box>
      <Notification
        slotProps={{
          // The snackbar itself is not a second live region: the regions above say it once.
          content: { role: 'presentation' },
          transition: {
            onEnter: (node: HTMLElement) =>
              setSaid((s) => ({ text: node.textContent ?? '', urgent: !!node.querySelector('.RaNotification-error') || node.classList.contains('RaNotification-error'), n: s.n + 1 })),
          },
        }}
      />
    </>
  );
}
