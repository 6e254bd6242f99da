import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { useTranslate } from 'react-admin';
import { KeyHint } from './KeyHint';
import { SHORTCUTS, useShortcutKey, useShortcuts, type ShortcutPage } from './useShortcuts';

/**
 * The `?` overlay of a review page (as GitHub's and Gmail's): every key of the page with what it does,
 * opened by `?` or by its button, closed by Escape; focus goes back to where it was.
 */
export function ShortcutHelp({ page }: { page: ShortcutPage }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const helpKey = useShortcutKey(page, 'help');
  useShortcuts(page, { help: () => setOpen((o) => !o) });
  return (
    <>
      <Button
        size="small"
        startIcon={<KeyboardIcon />}
        onClick={() => setOpen(true)}
        aria-keyshortcuts={helpKey}
        aria-haspopup="dialog"
      >
        {translate('shortcuts.open_help')}
        <KeyHint k={helpKey} />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate(`shortcuts.${page}.title`)}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 1 }}>
            {translate('shortcuts.not_in_fields')}
          </DialogContentText>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('shortcuts.key_column')}</TableCell>
                <TableCell>{translate('shortcuts.action_column')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {SHORTCUTS[page].map((name) => (
                <TableRow key={name}>
                  <TableCell>
                    <kbd>{translate(`shortcuts.${page}.${name}.key`)}</kbd>
                  </TableCell>
                  <TableCell>{translate(`shortcuts.${page}.${name}.label`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('shortcuts.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
