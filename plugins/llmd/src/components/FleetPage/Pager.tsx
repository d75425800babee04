import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import ChevronLeft from '@material-ui/icons/ChevronLeft';
import ChevronRight from '@material-ui/icons/ChevronRight';

/** Props of {@link Pager}. */
export interface PagerProps {
  /** What is paged, plural: "model services", "objects". */
  readonly what: string;
  /** 0 for the first page. */
  readonly pageIndex: number;
  readonly pageSize: number;
  /** Items on this page. */
  readonly itemCount: number;
  /** Items on all pages. */
  readonly totalCount: number;
  /** The API's cursor of the next page; undefined on the last page. */
  readonly nextCursor?: string;
  readonly onNext: (cursor: string) => void;
  readonly onPrevious: () => void;
  /** A page is loading: both buttons wait. */
  readonly busy?: boolean;
}

/** "51–100 of 312" with previous and next buttons, for a cursor-paged list (no jumping to page N). */
export function Pager(props: PagerProps) {
  const { what, pageIndex, pageSize, itemCount, totalCount, nextCursor } =
    props;
  const first = pageIndex * pageSize + 1;
  const range =
    itemCount === 0
      ? `0 of ${totalCount}`
      : `${first}–${first + itemCount - 1} of ${totalCount}`;
  return (
    <Box
      display="flex"
      alignItems="center"
      justifyContent="flex-end"
      role="navigation"
      aria-label={`Pages of ${what}`}
    >
      <Typography variant="body2" aria-live="polite">
        {range} {what}
      </Typography>
      <IconButton
        aria-label="Previous page"
        disabled={pageIndex === 0 || props.busy}
        onClick={props.onPrevious}
      >
        <ChevronLeft />
      </IconButton>
      <IconButton
        aria-label="Next page"
        disabled={nextCursor === undefined || props.busy}
        onClick={() => nextCursor !== undefined && props.onNext(nextCursor)}
      >
        <ChevronRight />
      </IconButton>
    </Box>
  );
}
