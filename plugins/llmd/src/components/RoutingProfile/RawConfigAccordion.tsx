import { CodeSnippet } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { CollapsedSection } from '../common/CollapsedSection';

/** Props of {@link RawConfigAccordion}. */
export interface RawConfigAccordionProps {
  /** The EndpointPickerConfig YAML as the model passes it. */
  readonly text: string;
}

/**
 * The raw EndpointPickerConfig YAML, collapsed by default (the picture above is the summary); line numbers match the
 * lines the lint findings cite.
 */
export function RawConfigAccordion({ text }: RawConfigAccordionProps) {
  return (
    <CollapsedSection
      summary={<Typography>Raw EndpointPickerConfig</Typography>}
    >
      <CodeSnippet
        text={text}
        language="yaml"
        showCopyCodeButton
        showLineNumbers
      />
    </CollapsedSection>
  );
}
