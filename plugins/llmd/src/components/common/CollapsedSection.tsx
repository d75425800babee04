import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { type ReactNode, useId } from 'react';

/** Props of {@link CollapsedSection}. */
export interface CollapsedSectionProps {
  /** What the closed section shows. */
  readonly summary: ReactNode;
  readonly children: ReactNode;
}

/**
 * A section collapsed by default under its summary (the picture or list above it is the overview). Unmounted while
 * closed, so long content costs nothing until asked for; ids tie the details region to its summary, so assistive
 * technology names it.
 */
export function CollapsedSection({ summary, children }: CollapsedSectionProps) {
  const id = useId();
  return (
    <Accordion TransitionProps={{ unmountOnExit: true }}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={`${id}-summary`}
        aria-controls={`${id}-details`}
      >
        {summary}
      </AccordionSummary>
      <AccordionDetails style={{ display: 'block' }}>
        {children}
      </AccordionDetails>
    </Accordion>
  );
}
