import { useRef, useState, type ReactNode } from 'react';
import { Box, Button, ButtonGroup, Stack, Tooltip, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslate } from 'react-admin';
import { formatSize } from './format';

export interface FileInfo {
  id: number;
  originalName: string;
  mime: string;
  size: number;
}

/** One uploaded material: images zoomable and rotatable, PDF inline, Office files to download. */
export function FileViewer({ file, height = 480 }: { file: FileInfo | null | undefined; height?: number }) {
  const translate = useTranslate();
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const viewer = useRef<HTMLDivElement>(null);
  if (!file) return <Typography color="text.secondary">{translate('app.files.none')}</Typography>;
  const url = `/api/files/${file.id}`;
  // The name as the last part of the address titles the PDF pane; page width and no thumbnail pane (Chromium's open parameters).
  const named = `${url}/${encodeURIComponent(file.originalName)}`;
  const pdfUrl = `${named}#view=FitH&navpanes=0&pagemode=none`;
  const isImage = file.mime.startsWith('image/');
  const isPdf = file.mime === 'application/pdf';
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {file.originalName}（{formatSize(file.size)}）
        </Typography>
        {isImage && (
          <ButtonGroup size="small">
            <IconAction label={translate('app.files.zoom_in')} onClick={() => setZoom((z) => Math.min(z + 0.25, 4))}>
              <ZoomInIcon fontSize="small" />
            </IconAction>
            <IconAction
              label={translate('app.files.zoom_out')}
              onClick={() => setZoom((z) => Math.max(z - 0.25, 0.25))}
            >
              <ZoomOutIcon fontSize="small" />
            </IconAction>
            <IconAction label={translate('app.files.rotate')} onClick={() => setRotation((r) => (r + 90) % 360)}>
              <RotateRightIcon fontSize="small" />
            </IconAction>
          </ButtonGroup>
        )}
        <Button size="small" startIcon={<OpenInNewIcon />} href={named} target="_blank" rel="noopener">
          {translate('app.files.open')}
        </Button>
        <Button size="small" startIcon={<DownloadIcon />} href={`${url}?download`}>
          {translate('app.action.download')}
        </Button>
      </Stack>
      {/* Chromium's PDF viewer holds many tab stops of its own: one Enter here goes past it. */}
      {isPdf && (
        <Button
          size="small"
          variant="contained"
          onClick={() => focusAfter(viewer.current)}
          sx={{
            alignSelf: 'flex-start',
            // Out of sight (but in the tab order) until focused, as a skip link is.
            '&:not(:focus)': { ...visuallyHidden, minWidth: 0 },
          }}
        >
          {translate('shortcuts.skip_viewer')}
        </Button>
      )}
      <Box
        ref={viewer}
        sx={{
          border: 1,
          borderColor: 'divider',
          height,
          overflow: 'auto',
          bgcolor: 'grey.100',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        {isImage && (
          <img
            src={url}
            alt={file.originalName}
            style={{
              transform: `scale(${zoom}) rotate(${rotation}deg)`,
              transformOrigin: 'center',
              maxWidth: '100%',
              maxHeight: '100%',
              transition: 'transform .15s',
            }}
          />
        )}
        {isPdf && (
          <iframe title={file.originalName} src={pdfUrl} style={{ width: '100%', height: '100%', border: 0 }} />
        )}
        {!isImage && !isPdf && <Typography color="text.secondary">{translate('app.files.download_only')}</Typography>}
      </Box>
    </Stack>
  );
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]';

/** Focuses the first control after `el` in the tab order (the material's checklist), skipping what is inside it. */
function focusAfter(el: HTMLElement | null) {
  if (!el) return;
  const next = [...document.querySelectorAll<HTMLElement>(TABBABLE)].find(
    (c) =>
      c.tabIndex >= 0 &&
      !el.contains(c) &&
      !!(el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) &&
      c.checkVisibility({ visibilityProperty: true }),
  );
  next?.focus();
}

/** An icon button with its name as a tooltip (on hover and on keyboard focus) and as its accessible name. */
function IconAction({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip title={label} describeChild>
      <Button aria-label={label} onClick={onClick}>
        {children}
      </Button>
    </Tooltip>
  );
}
