// Before the timeline's feed: a link, shown when focused, that jumps past it, and the feed's keys
// told to screen readers (the feed is described by them).
export function FeedHelp({ onSkip }: { onSkip: () => void }) {
  return (
    <p className="feed-help">
      <a
        href="#timeline-end"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          onSkip();
        }}
      >
        Skip the timeline
      </a>
      <span className="visually-hidden" id="timeline-keys">
        In the timeline, Page Down and Page Up move between events; Control+End and Control+Home leave it.
      </span>
    </p>
  );
}
