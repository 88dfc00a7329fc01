import type { InputProps } from './types.js';
import { TextInput } from './TextInput.js';
import { SelectInput } from './SelectInput.js';
import { MultiSelectInput } from './MultiSelectInput.js';
import { ConfirmInput } from './ConfirmInput.js';
import { ListInput } from './ListInput.js';

/** The input for every type except records (which is built from these). */
export function FieldInput(props: InputProps) {
  switch (props.spec.type) {
    case 'select':
      return <SelectInput {...props} />;
    case 'multiselect':
      return <MultiSelectInput {...props} />;
    case 'confirm':
      return <ConfirmInput {...props} />;
    case 'list':
      return <ListInput {...props} />;
    default:
      // text, email, url, date, number (and records reaching here by mistake shows a text field rather than nothing)
      return <TextInput {...props} />;
  }
}
