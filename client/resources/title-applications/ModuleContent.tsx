import { useState, type ReactNode } from 'react';
import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useTranslate } from 'react-admin';
import { FileViewer, type FileInfo } from '../../common/FileViewer';

type Content = Record<string, unknown>;

/** A table's own scroll container: on a narrow window the table scrolls sideways, the page does not (WCAG 1.4.10). */
const TableScroll = ({ children }: { children: ReactNode }) => <Box sx={{ overflowX: 'auto' }}>{children}</Box>;

const isEntryList = (v: unknown): v is Content[] =>
  Array.isArray(v) && v.every((e) => !!e && typeof e === 'object' && !Array.isArray(e));
const text = (v: unknown): string =>
  v === null || v === undefined || v === ''
    ? ''
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
      ? String(v)
      : JSON.stringify(v);

/** A value as it was before, struck through, under the value as it is now. */
function Changed({
  now,
  before,
  previousLabel,
}: {
  now: unknown;
  before: unknown;
  previousLabel: (v: string) => string;
}) {
  return (
    <>
      <Box component="span" sx={{ fontWeight: 600, color: 'success.dark' }}>
        {text(now) || '—'}
      </Box>
      <Typography component="div" variant="caption" color="text.secondary" sx={{ textDecoration: 'line-through' }}>
        {previousLabel(text(before) || '—')}
      </Typography>
    </>
  );
}

/** `fileId` is how an entry names its stored file (附件材料): never a column, the name opens it. */
const HIDDEN_COLUMNS = new Set(['fileId']);

/**
 * One module as the applicant filled it in: its single fields as label–value rows, each list
 * (`entries` and the like) as a table. With `previous` (the revision before a resubmission), what
 * changed is shown beside what it was: changed values, added and removed entries. With `files`
 * (附件材料), an entry naming a stored file by `fileId` opens it in the viewer below the table.
 */
export function ModuleContent({
  content,
  previous,
  files,
}: {
  content: Content;
  previous?: Content | null;
  files?: FileInfo[];
}) {
  const translate = useTranslate();
  const [openFileId, setOpenFileId] = useState<number | null>(null);
  const fileOf = (e: Content | undefined) => files?.find((f) => f.id === e?.fileId);
  const openFile = files?.find((f) => f.id === openFileId);
  const label = (key: string) => translate(`titles.field.${key}`, { _: key });
  const previousLabel = (v: string) => translate('titles.review.module_previous', { value: v });
  const keys = [...new Set([...Object.keys(content), ...Object.keys(previous ?? {})])];
  const singles = keys.filter((k) => !isEntryList(content[k]) && !isEntryList(previous?.[k]));
  const lists = keys.filter((k) => isEntryList(content[k]) || isEntryList(previous?.[k]));
  if (!keys.length) return <Typography color="text.secondary">{translate('titles.review.module_empty')}</Typography>;
  return (
    <>
      {singles.length > 0 && (
        <TableScroll>
          <Table size="small" sx={{ mb: lists.length ? 1 : 0 }}>
            <TableBody>
              {singles.map((k) => {
                const changed = !!previous && text(previous[k]) !== text(content[k]);
                return (
                  <TableRow key={k} sx={changed ? { bgcolor: 'rgba(46, 125, 50, 0.06)' } : undefined}>
                    <TableCell sx={{ width: 180, color: 'text.secondary' }}>{label(k)}</TableCell>
                    <TableCell>
                      {changed ? (
                        <Changed now={content[k]} before={previous[k]} previousLabel={previousLabel} />
                      ) : (
                        text(content[k]) || '—'
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {lists.map((k) => {
        const now = isEntryList(content[k]) ? content[k] : [];
        const before = previous && isEntryList(previous[k]) ? previous[k] : null;
        const columns = [...new Set([...now, ...(before ?? [])].flatMap((e) => Object.keys(e)))].filter(
          (c) => !HIDDEN_COLUMNS.has(c),
        );
        const rows = Math.max(now.length, before?.length ?? 0);
        return (
          <TableScroll key={k}>
            <Table size="small" aria-label={label(k)}>
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>
                      {label(c)}
                    </TableCell>
                  ))}
                  {before && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows === 0 && (
                  <TableRow>
                    <TableCell colSpan={columns.length + 1} sx={{ color: 'text.secondary' }}>
                      {translate('titles.review.module_empty')}
                    </TableCell>
                  </TableRow>
                )}
                {Array.from({ length: rows }, (_, i) => {
                  const e = now[i];
                  const old = before?.[i];
                  const added = !!before && !!e && !old;
                  const removed = !!before && !e && !!old;
                  return (
                    <TableRow
                      key={i}
                      sx={
                        added
                          ? { bgcolor: 'rgba(46, 125, 50, 0.08)' }
                          : removed
                            ? { bgcolor: 'rgba(211, 47, 47, 0.06)' }
                            : undefined
                      }
                    >
                      {columns.map((c) => {
                        if (removed)
                          return (
                            <TableCell key={c} sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
                              {text(old[c]) || '—'}
                            </TableCell>
                          );
                        const changed = !!old && text(old[c]) !== text(e[c]);
                        const file = c === 'name' ? fileOf(e) : undefined;
                        return (
                          <TableCell key={c}>
                            {changed ? (
                              <Changed now={e[c]} before={old[c]} previousLabel={previousLabel} />
                            ) : (
                              text(e[c]) || '—'
                            )}
                            {file && (
                              <Button
                                size="small"
                                startIcon={<VisibilityIcon />}
                                sx={{ ml: 1 }}
                                aria-pressed={openFileId === file.id}
                                aria-label={translate('titles.review.attachment_view', { name: text(e[c]) })}
                                onClick={() => setOpenFileId(openFileId === file.id ? null : file.id)}
                              >
                                {translate('titles.review.attachment_show')}
                              </Button>
                            )}
                          </TableCell>
                        );
                      })}
                      {before && (
                        <TableCell>
                          {added && (
                            <Chip size="small" color="success" label={translate('titles.review.module_added')} />
                          )}
                          {removed && (
                            <Chip size="small" color="error" label={translate('titles.review.module_removed')} />
                          )}
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableScroll>
        );
      })}
      {openFile && (
        <Box sx={{ mt: 1 }}>
          <FileViewer key={openFile.id} file={openFile} height={420} />
        </Box>
      )}
    </>
  );
}
