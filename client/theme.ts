import { deepmerge } from '@mui/utils';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { focusMainHeading } from './common/focus';
import { LabelledDatagridBody } from './common/LabelledDatagridBody';

/**
 * The console's colours, checked here once (WCAG 2.1 AA, GB/T 37668): every `main` carries white text at
 * ≥ 4.5:1 and is itself ≥ 4.5:1 as text on the page (#fafafb) and on a filled input (#f5f5f5) — so chips,
 * small text buttons, focused labels and the app bar pass wherever they sit. Measured:
 * primary #1565c0 5.75 / 5.51 / 5.27, secondary #0d47a1 8.63, warning #a84b00 5.72 / 5.48 / 5.25,
 * info #01579b 7.40, success #2e7d32 5.13 / 4.92 / 4.70, error #c62828 5.62 / 5.39 / 5.16.
 */
const palette = {
  primary: { light: '#5e92f3', main: '#1565c0', dark: '#0d47a1', contrastText: '#fff' },
  secondary: { light: '#5472d3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' },
  warning: { light: '#ff9800', main: '#a84b00', dark: '#7a3600', contrastText: '#fff' },
  info: { light: '#03a9f4', main: '#01579b', dark: '#002f6c', contrastText: '#fff' },
  success: { light: '#4caf50', main: '#2e7d32', dark: '#1b5e20', contrastText: '#fff' },
  error: { light: '#ef5350', main: '#c62828', dark: '#8e0000', contrastText: '#fff' },
};

/** The focus ring: 2 px, primary on light surfaces (≥ 5:1), white on the app bar's #0d47a1 (8.6:1). */
const ring = `2px solid ${palette.primary.main}`;
const ringOnDark = '2px solid #fff';

export const theme: RaThemeOptions = deepmerge(defaultTheme, {
  palette,
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // Every focusable element, whatever draws it (links, native inputs, headings given focus by script).
        ':focus-visible': { outline: ring, outlineOffset: 2 },
        '.MuiAppBar-root :focus-visible': { outline: ringOnDark },
        // A heading or region that receives focus by script (after sign-in, the skip link, a closed dialog).
        'h1[tabindex="-1"]:focus, main[tabindex="-1"]:focus': { outline: ring, outlineOffset: 2 },
      },
    },
    // Buttons, icon buttons, checkboxes, menu items, tabs and table sort labels are all ButtonBase, which clears the outline.
    MuiButtonBase: {
      styleOverrides: {
        root: {
          '&.Mui-focusVisible': { outline: ring, outlineOffset: 2 },
          '.MuiAppBar-root &.Mui-focusVisible': { outline: ringOnDark },
        },
      },
    },
    // The rows-per-page select is a bare InputBase with no underline: its focus would otherwise show nothing.
    MuiTablePagination: {
      styleOverrides: {
        input: { '&.Mui-focused': { outline: ring, outlineOffset: 2, borderRadius: 4 } },
      },
    },
    // At 320 px (WCAG 1.4.10) a tab bar wraps onto more rows instead of hiding tabs past the edge; the
    // sliding indicator cannot follow a wrapped row, so the selected tab is underlined itself.
    MuiTabs: {
      styleOverrides: {
        flexContainer: { '@media (max-width: 599.95px)': { flexWrap: 'wrap' } },
        indicator: { '@media (max-width: 599.95px)': { display: 'none' } },
      },
    },
    MuiTab: {
      styleOverrides: {
        root: {
          '@media (max-width: 599.95px)': { '&.Mui-selected': { boxShadow: `inset 0 -2px 0 ${palette.primary.main}` } },
        },
      },
    },
    // A page's action buttons wrap onto a second row on a narrow window instead of running off its edge.
    RaTopToolbar: { styleOverrides: { root: { flexWrap: 'wrap' } } },
    // react-admin sizes the layout to fit its widest content (min-width: fit-content), so one wide table made the
    // whole page, app bar included, scroll sideways; the page keeps the window's width and a table scrolls itself.
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    // The same for a list below 600 px: its main column (filters, table) keeps the window's width, or the filter
    // inputs stretch to the table's width and the page scrolls sideways after all.
    // Below 600 px a page's aside (the org tree, an edit form's audit trail) comes under the page, not beside it.
    RaList: {
      styleOverrides: {
        root: { '@media (max-width: 599.95px)': { flexDirection: 'column', '& .RaList-main': { minWidth: 0 } } },
      },
    },
    RaEdit: {
      styleOverrides: {
        root: {
          '@media (max-width: 599.95px)': { '& .RaEdit-main': { flexDirection: 'column', alignItems: 'stretch' } },
        },
      },
    },
    RaShow: {
      styleOverrides: {
        root: {
          '@media (max-width: 599.95px)': { '& .RaShow-main': { flexDirection: 'column', alignItems: 'stretch' } },
        },
      },
    },
    // react-admin's grey[300] form toolbar took the 删除 text button below 4.5:1 (4.25); #f5f5f5 keeps it at 5.16.
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f5f5f5' } } },
    // A disabled field's helper text still has to be read (the field says why it cannot be changed).
    MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: 'rgba(0, 0, 0, 0.6)' } } } },
    // Row checkboxes named on the checkbox itself (see LabelledDatagridBody).
    RaDatagrid: {
      defaultProps: { body: LabelledDatagridBody },
      // Below 600 px a list's table scrolls in its own container (WCAG 1.4.10's exception for tables); wider,
      // the header keeps sticking to the page's top.
      styleOverrides: {
        root: { '@media (max-width: 599.95px)': { '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } },
      },
    },
    // With nothing selected the bulk toolbar is 0 px high but its buttons were still in the tab order.
    RaBulkActionsToolbar: {
      styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } },
    },
    // react-admin's skip link is white on the page's near-white when it shows: make it a real button.
    RaSkipNavigationButton: {
      defaultProps: {
        // Focus stays inside main, on the page's heading, instead of falling back to <body>.
        onClick: () => focusMainHeading(),
      },
      styleOverrides: {
        root: {
          backgroundColor: palette.primary.main,
          color: palette.primary.contrastText,
          '&:hover': { opacity: 1, backgroundColor: palette.primary.dark },
          '&:focus': { outline: ringOnDark, outlineOffset: -4 },
        },
      },
    },
  },
} satisfies RaThemeOptions);
