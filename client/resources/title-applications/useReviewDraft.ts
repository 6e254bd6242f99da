import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { HttpError, useBlocker, useDataProvider, useNotify, type Identifier } from 'react-admin';
import type { AppDataProvider, ReviewDraftRecord } from '../../providers/dataProvider';
import type { TitleModule } from './choices';

export type Marks = Partial<Record<TitleModule, 'ok' | 'wrong'>>;
export type Result = 'pass' | 'return' | 'reject';

/** What the review page holds while a reviewer works: the module marks and the form. */
export interface ReviewDraft {
  marks: Marks;
  result: Result | '';
  opinion: string;
  returnTo: string;
  resubmitTo: 'this_level' | 'first_level' | '';
}

export const EMPTY_DRAFT: ReviewDraft = { marks: {}, result: '', opinion: '', returnTo: 'applicant', resubmitTo: '' };

/** How long typing may go on before the draft is saved; after a failed save, how long before trying again. */
const SAVE_AFTER_MS = 800;
const RETRY_AFTER_MS = 5_000;

export type DraftStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'error';

const fromServer = (d: ReviewDraftRecord): ReviewDraft => ({
  marks: d.marks,
  result: d.result ?? '',
  opinion: d.opinion,
  returnTo: d.returnTo ?? 'applicant',
  resubmitTo: d.resubmitTo ?? '',
});

/**
 * The review in progress, kept as a server-side draft (per reviewer and application) so a reload,
 * a click on the menu or another PC loses nothing: loaded when the page opens, saved a moment after
 * each change, and while a change is not saved yet, leaving the page (in the console or the
 * browser) asks first. `loadKey` changes when the record moved on (a new version): the draft is read again.
 */
export function useReviewDraft(id: Identifier | undefined, enabled: boolean, loadKey: unknown) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [draft, setDraft] = useState<ReviewDraft>(EMPTY_DRAFT);
  const [status, setStatus] = useState<DraftStatus>('loading');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  /** Each change counts one up; `savedSeq` is the count the server has confirmed (equal = nothing unsaved). */
  const [seq, setSeq] = useState(0);
  const [savedSeq, setSavedSeq] = useState(0);
  const [inFlight, setInFlight] = useState(false);
  const seqRef = useRef(0);
  const version = useRef<number | undefined>(undefined);
  const latest = useRef(draft);
  // The timer and the loader read the newest values; layout effects run before the effects below.
  useLayoutEffect(() => {
    seqRef.current = seq;
    latest.current = draft;
  });
  // A new record, version or switch: the draft is loading again, said in the same render (not one effect later).
  const [loadingFor, setLoadingFor] = useState({ id, enabled, loadKey });
  if (loadingFor.id !== id || loadingFor.enabled !== enabled || !Object.is(loadingFor.loadKey, loadKey)) {
    setLoadingFor({ id, enabled, loadKey });
    if (enabled && id !== undefined) setStatus('loading');
  }

  const adopt = useCallback((d: ReviewDraftRecord | null) => {
    version.current = d?.version;
    setDraft(d ? fromServer(d) : EMPTY_DRAFT);
    setSavedAt(d?.updatedAt ?? null);
    setSavedSeq(seqRef.current);
  }, []);

  useEffect(() => {
    if (!enabled || id === undefined) return;
    let live = true;
    dataProvider
      .getReviewDraft(id)
      .then((d) => {
        if (!live) return;
        adopt(d);
        setStatus('idle');
      })
      .catch((e) => {
        if (!live) return;
        adopt(null);
        setStatus(e instanceof HttpError && e.status === 404 ? 'idle' : 'error');
      });
    return () => {
      live = false;
    };
  }, [id, enabled, loadKey, dataProvider, adopt]);

  const update = useCallback((patch: Partial<ReviewDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSeq((n) => n + 1);
  }, []);

  const loading = status === 'loading';
  const failed = status === 'error';
  useEffect(() => {
    if (seq === savedSeq || inFlight || loading || !enabled || id === undefined) return;
    const timer = setTimeout(
      // Fire and forget: the save catches its own errors (status 'error' and a notification, then a retry).
      () =>
        void (async () => {
          const sent = seqRef.current;
          const d = latest.current;
          setInFlight(true);
          setStatus('saving');
          try {
            const saved = await dataProvider.saveReviewDraft(id, {
              ...d,
              result: d.result || null,
              resubmitTo: d.resubmitTo || null,
              version: version.current,
            });
            version.current = saved.version;
            setSavedAt(saved.updatedAt);
            // Only what was sent is saved: a change made while the request ran goes with the next save.
            setSavedSeq(sent);
            setStatus('saved');
          } catch (e) {
            const body =
              e instanceof HttpError
                ? (e.body as { code?: string; details?: ReviewDraftRecord[] } | undefined)
                : undefined;
            if (body?.code === 'stale_draft' && body.details?.[0]) {
              adopt(body.details[0]);
              setStatus('saved');
            } else setStatus('error');
            notify((e as Error).message, { type: body?.code === 'stale_draft' ? 'warning' : 'error' });
          } finally {
            setInFlight(false);
          }
        })(),
      failed ? RETRY_AFTER_MS : SAVE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [seq, savedSeq, inFlight, loading, failed, enabled, id, dataProvider, notify, adopt]);

  const unsaved = enabled && seq !== savedSeq;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  );

  /** After the review went through: the server dropped the draft, so does the page. */
  const clear = useCallback(() => adopt(null), [adopt]);

  return { draft, update, status, savedAt, unsaved, blocker, clear };
}
