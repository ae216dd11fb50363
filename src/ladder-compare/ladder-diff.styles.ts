import { css } from 'lit';

/** The diff of two levels: part of the ladder's styles, its templates load on first use. */
export const diffStyles = css`
  .diff-head h2 {
    margin: 0 0 0.25em;
    font-size: 1.15em;
  }
  .diff-controls {
    display: flex;
    gap: 1em;
    align-items: center;
    flex-wrap: wrap;
    margin: 0.5em 0;
  }
  .diff-table {
    table-layout: fixed;
  }
  .diff-table thead th:first-child {
    width: 12em;
  }
  .diff-table th[scope='row'] {
    font-weight: 600;
  }
  .diff-table ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .behaviour {
    margin: 0 0 0.4em;
    padding: 0.2em 0.4em;
    border-inline-start: 3px solid transparent;
    white-space: pre-line;
  }
  .behaviour .change {
    display: inline-block;
    margin-inline-start: 0.25em;
    font-size: 0.75em;
    font-weight: 600;
    white-space: nowrap;
  }
  .behaviour[data-change='added'] {
    border-inline-start-color: var(--_new);
  }
  .behaviour[data-change='added'] .change {
    color: var(--_new);
  }
  .behaviour[data-change='changed'] {
    border-inline-start-color: var(--_changed);
  }
  .behaviour[data-change='changed'] .change {
    color: var(--_changed);
  }
  .behaviour[data-change='dropped'] {
    color: var(--_muted);
    border-inline-start-color: var(--_border);
  }
  .behaviour[data-change='dropped'] .change {
    color: var(--_muted);
  }
  .behaviour[data-change='same'] {
    color: var(--_muted);
  }
  .behaviour[data-change='same'] .change {
    font-weight: normal;
  }
  mark.words {
    background: var(--_changed-bg);
    color: inherit;
    border-radius: 2px;
  }
  del.words {
    text-decoration-color: var(--_muted);
  }
  .box {
    display: none;
  }
  @media (forced-colors: active) {
    /* The system's own pair for marked text (a forced CanvasText on Mark is unreadable in dark). */
    mark.words {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    .diff-controls,
    .from-col,
    .scroll,
    .notices li:empty {
      display: none;
    }
    .diff-table thead th:first-child {
      width: 10em;
    }
    .diff-table tr {
      break-inside: avoid;
    }
    .behaviour {
      border-inline-start: none;
      padding-inline-start: 0;
      color: #000;
    }
    .behaviour .box {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-inline-end: 0.4em;
      border: 1px solid #000;
      vertical-align: -0.1em;
    }
    .behaviour[data-change='same'] {
      color: #444;
    }
    mark.words {
      background: none;
      text-decoration: underline;
    }
  }
`;
