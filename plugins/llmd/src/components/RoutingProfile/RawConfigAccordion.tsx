import { CodeSnippet } from '@backstage/core-components';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { useId } from 'react';

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
  // ids tie the details region to its summary, so assistive technology names it
  const id = useId();
  return (
    // unmounted while closed: long configs cost nothing until asked for
    <Accordion TransitionProps={{ unmountOnExit: true }}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={`${id}-summary`}
        aria-controls={`${id}-details`}
      >
        <Typography>Raw EndpointPickerConfig</Typography>
      </AccordionSummary>
      <AccordionDetails style={{ display: 'block' }}>
        <CodeSnippet
          text={text}
          language="yaml"
          showCopyCodeButton
          showLineNumbers
        />
      </AccordionDetails>
    </Accordion>
  );
}
