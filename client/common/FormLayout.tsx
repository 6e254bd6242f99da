import type { ReactNode } from 'react';
import { Box, FormHelperText } from '@mui/material';
import { useFormState } from 'react-hook-form';
import { SaveButton, Toolbar, useTranslate } from 'react-admin';

/** Two columns of inputs from 1,280 px, one below: the long forms stay on one screen on a wide display. */
export function FormColumns({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr)',
        columnGap: 3,
        width: '100%',
        alignItems: 'start',
        '@media (min-width: 1280px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
        '& > .wide': { gridColumn: '1 / -1' },
      }}
    >
      {children}
    </Box>
  );
}

/** The form toolbar, saying why 保存 is not available while nothing has been filled in or changed. */
export function FormToolbar({ children }: { children?: ReactNode }) {
  const translate = useTranslate();
  const { isDirty } = useFormState();
  return (
    <Toolbar>
      <SaveButton />
      {!isDirty && (
        <FormHelperText id="save-disabled-reason" sx={{ ml: 2 }}>
          {translate('app.form.pristine')}
        </FormHelperText>
      )}
      {children && <Box sx={{ ml: 'auto' }}>{children}</Box>}
    </Toolbar>
  );
}
