import { useEffect, useRef, useState, type ReactElement, type ReactNode, type Ref } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
} from '@mui/material';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { returnFocus } from './focus';
import { KeyHint } from './KeyHint';

type Color = 'primary' | 'secondary' | 'error' | 'warning' | 'success' | 'info' | 'inherit';

/** One record that kept a bulk action from happening, as the server names it. */
export interface Blocker {
  id: number;
  applicantName: string | null;
  reason: string;
}

/** Why an action did not happen: the server's message, its field messages and, for bulk actions, each blocker. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly errors: Record<string, string>,
    readonly blockers: Blocker[],
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A refusal the form can give itself before sending (a missing reason); `errors` name the inputs. */
export class FormRefusal extends Error {
  constructor(
    message: string,
    readonly errors: Record<string, string> = {},
  ) {
    super(message);
  }
}

function refusalOf(e: unknown): Refusal {
  if (e instanceof FormRefusal) return new Refusal(e.message, e.errors, []);
  const body =
    e instanceof HttpError
      ? (e.body as { errors?: Record<string, string>; details?: Blocker[] } | undefined)
      : undefined;
  return new Refusal(
    (e as Error).message,
    body?.errors ?? {},
    body?.details ?? [],
    e instanceof HttpError ? (e.status as number) : undefined,
  );
}

/**
 * One audited action, pessimistic: the screen changes only after the server said yes; on 409 (someone
 * changed the record first) the record is reloaded. The refusal is `mutation.error`.
 */
export function useAction<T>(opts: {
  send: () => Promise<T>;
  done?: (result: T) => string;
  onDone?: (result: T) => void;
  onRefused?: (refusal: Refusal) => void;
}) {
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation<T, Refusal>({
    mutationFn: async () => {
      try {
        return await opts.send();
      } catch (e) {
        throw refusalOf(e);
      }
    },
    onSuccess: (result) => {
      notify(opts.done?.(result) ?? 'app.action.done', { type: 'success' });
      opts.onDone?.(result);
      refresh();
    },
    onError: (refusal) => {
      opts.onRefused?.(refusal);
      if (refusal.status !== 409) return;
      // Said as a notification too: a stale record may lose its button (and the dialog with its message) as it
      // reloads, and the clerk must still read who holds it or what changed.
      notify(refusal.message, { type: 'error', multiLine: true });
      refresh();
    },
  });
}

export interface ActionDialogProps<T> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The request; it may throw a FormRefusal to stop before anything is sent. */
  send: () => Promise<T>;
  /** The success message (catalogue key or text), `app.action.done` unless given. */
  done?: (result: T) => string;
  onDone?: (result: T) => void;
  /** Told of each refusal (a form outside the dialog showing the field messages itself). */
  onRefused?: (refusal: Refusal) => void;
  /** The heading over the blockers of a refused bulk action (the server's message names them all in one line). */
  blockedLabel?: string;
  confirmColor?: Color;
  confirmDisabled?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** The form; given the refusal, it shows each field message under its input. */
  children?: ReactNode | ((refusal: Refusal | null) => ReactNode);
}

/** The dialog of every audited action of the console (useAction), with the server's refusal inside it. */
export function ActionDialog<T>(props: ActionDialogProps<T>) {
  const translate = useTranslate();
  const mutation = useAction({
    ...props,
    onDone: (result) => {
      props.onClose();
      props.onDone?.(result);
    },
  });
  const refusal = mutation.error;
  // Field messages sit under their inputs (the dialog's children show them); anything else is said here.
  const summary = refusal && (refusal.blockers.length > 0 || !Object.keys(refusal.errors).length);
  const close = () => !mutation.isPending && props.onClose();
  // The control that opened the dialog, taken as it opens (before the dialog moves focus inside):
  // focus goes back to it when the dialog has gone, or to the page's heading if the action removed it.
  // (State set while rendering, so it is taken before the commit where an autoFocus input takes focus.)
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const [wasOpen, setWasOpen] = useState(false);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setOpener(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  }
  // The same opener for the unmount cleanup below, which sees only the first render's state.
  const openerRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    openerRef.current = opener;
  }, [opener]);
  const restoreFocus = () => {
    openerRef.current = null;
    setOpener(null);
    returnFocus(opener);
  };
  // A refresh after the action may unmount the dialog with its button before the closing transition ends.
  useEffect(
    () => () => {
      const o = openerRef.current;
      openerRef.current = null;
      returnFocus(o);
    },
    [],
  );
  return (
    <Dialog
      open={props.open}
      onClose={close}
      fullWidth
      maxWidth={props.maxWidth ?? 'sm'}
      disableRestoreFocus
      slotProps={{ transition: { onEnter: () => mutation.reset(), onExited: restoreFocus } }}
    >
      <DialogTitle>{props.title}</DialogTitle>
      <DialogContent>
        {typeof props.children === 'function' ? props.children(refusal) : props.children}
        {summary && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {refusal.blockers.length && props.blockedLabel ? props.blockedLabel : refusal.message}
            {refusal.blockers.length > 0 && (
              <List dense disablePadding>
                {refusal.blockers.map((b) => (
                  <ListItem key={b.id} disableGutters>
                    <ListItemText
                      primary={`#${b.id}${b.applicantName ? ` ${b.applicantName}` : ''}`}
                      secondary={b.reason}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={mutation.isPending}>
          {translate('app.action.cancel')}
        </Button>
        <Button
          variant="contained"
          color={props.confirmColor ?? 'primary'}
          onClick={() => mutation.mutate()}
          disabled={mutation.isPending || props.confirmDisabled}
        >
          {translate('app.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export interface ActionDialogButtonProps<T> extends Omit<
  ActionDialogProps<T>,
  'open' | 'onClose' | 'title' | 'confirmColor'
> {
  label: string;
  /** The dialog's title when it says more than the button (which record). */
  title?: ReactNode;
  icon?: ReactElement;
  color?: Color;
  variant?: 'text' | 'outlined' | 'contained';
  /** Called as the dialog opens (reset or prefill its form). */
  onOpen?: () => void;
  /** A shortcut key that opens it (bound by the caller through `buttonRef`), shown beside the label. */
  keyShortcut?: string;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A button that opens its ActionDialog; the dialog's confirm button takes the button's colour when it warns. */
export function ActionDialogButton<T>({
  label,
  title,
  icon,
  color,
  variant,
  onOpen,
  keyShortcut,
  buttonRef,
  ...dialog
}: ActionDialogButtonProps<T>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        color={color ?? 'primary'}
        variant={variant ?? 'text'}
        startIcon={icon}
        ref={buttonRef}
        aria-keyshortcuts={keyShortcut}
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        {label}
        {keyShortcut && <KeyHint k={keyShortcut} />}
      </Button>
      <ActionDialog
        {...dialog}
        open={open}
        onClose={() => setOpen(false)}
        title={title ?? label}
        confirmColor={color === 'error' ? 'error' : 'primary'}
      />
    </>
  );
}
