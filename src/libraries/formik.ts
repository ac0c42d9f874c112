/**
 * Formik (`formik`): the form around the fields. `<Formik>` and `<FormikProvider>` draw nothing of their own (a
 * render function or a context provider); `<Form>` is "a small wrapper around an HTML <form> element"
 * (formik.org/docs/api/form); `<ErrorMessage>` draws its message as text unless its `component` says otherwise
 * (formik.org/docs/api/errormessage). `<Field>` is read by the model builder (src/model/build.ts: an `<input>` checked
 * from the form's initial values).
 */
import type { LibraryModule } from './types.js';

export const formik: LibraryModule = {
  id: 'formik',
  matches: (source) => (source === 'formik' ? {} : undefined),
  components: {
    Formik: { semantic: 'container', renders: 'none', style: {} },
    FormikProvider: { semantic: 'container', renders: 'none', style: {} },
    Form: { semantic: 'container', renders: 'form', style: {} },
    ErrorMessage: { semantic: 'text', renders: (input) => (input.hasAttribute('component') ? undefined : 'none'), style: {} },
  },
};
