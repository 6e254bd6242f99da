import { Box } from '@mui/material';

/**
 * A shortcut key shown beside its control. Hidden from screen readers: the control itself carries the
 * key as `aria-keyshortcuts`, so its accessible name stays its visible label.
 */
export function KeyHint({ k }: { k: string }) {
  return (
    <Box
      component="kbd"
      aria-hidden
      sx={{
        ml: 0.75,
        px: 0.5,
        minWidth: '1.4em',
        display: 'inline-block',
        textAlign: 'center',
        fontFamily: 'monospace',
        fontSize: '0.75rem',
        lineHeight: 1.5,
        border: 1,
        // The control's own colour (white on a contained button), so the hint has its contrast.
        borderColor: 'currentColor',
        borderRadius: 0.5,
        color: 'inherit',
      }}
    >
      {k}
    </Box>
  );
}
