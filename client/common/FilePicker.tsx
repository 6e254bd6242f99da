import { useId, useRef } from 'react';
import { Box, Button, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { FileField, FileInput, required, useTranslate, type FileInputProps } from 'react-admin';

/**
 * A file picker anyone can use: a real button, named for what it takes, that opens a real
 * `<input type=file>` — so Enter and Space open the chooser as a click does. The chosen file's name
 * (or the refusal) is said beside it and linked to the button.
 */
export function FilePickButton({
  what,
  name,
  accept,
  file,
  error,
  onChange,
}: {
  what: string;
  name: string;
  accept?: string;
  file: File | null;
  error?: string | null;
  onChange: (file: File | null) => void;
}) {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const statusId = useId();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1 }}>
      <Button
        variant="outlined"
        size="small"
        startIcon={<UploadFileIcon />}
        aria-describedby={statusId}
        onClick={() => input.current?.click()}
      >
        {translate('app.file_picker.pick', { what })}
      </Button>
      <input
        ref={input}
        hidden
        type="file"
        name={name}
        accept={accept}
        aria-label={what}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
      <Typography
        id={statusId}
        variant="body2"
        color={error ? 'error' : 'text.primary'}
        role={error ? 'alert' : undefined}
      >
        {file ? translate('app.file_picker.chosen', { name: file.name }) : (error ?? '')}
      </Typography>
    </Box>
  );
}

/**
 * react-admin's FileInput (drop zone, preview, form value) with the same button inside it: the drop
 * zone itself is no longer a focusable role-less box, the button is what the keyboard reaches, and
 * its click reaches the drop zone, which opens its input.
 */
export function MaterialFileInput({
  source,
  label,
  accept,
}: {
  source: string;
  label: string;
  accept?: FileInputProps['accept'];
}) {
  const translate = useTranslate();
  return (
    <FileInput
      source={source}
      label={label}
      validate={required()}
      accept={accept}
      options={{ noKeyboard: true }}
      inputProps={{ 'aria-label': label }}
      placeholder={
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', py: 1 }}>
          <Button variant="outlined" size="small" startIcon={<UploadFileIcon />}>
            {translate('app.file_picker.pick', { what: label })}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {translate('app.file_picker.drop_hint')}
          </Typography>
        </Box>
      }
    >
      <FileField source="src" title="title" />
    </FileInput>
  );
}
