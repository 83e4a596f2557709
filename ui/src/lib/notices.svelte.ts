// Messages for the operator: the outcome of an action ("restart pump on edge-1: running")
// and every error the API returned. Errors stay until dismissed — an error that vanishes
// before anyone read it is a swallowed error; confirmations fade after a few seconds.
export type NoticeKind = 'error' | 'ok' | 'info';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  ts: number;
}

const FADE_MS = 6000;
const MAX_NOTICES = 6;

export class Notices {
  items = $state.raw<readonly Notice[]>([]);
  #next = 1;

  push(kind: NoticeKind, text: string): number {
    const notice: Notice = { id: this.#next++, kind, text, ts: Date.now() };
    // Bounded: the oldest confirmation goes first, errors only when nothing else is left.
    let items = [...this.items, notice];
    while (items.length > MAX_NOTICES) {
      const drop = items.findIndex((n) => n.kind !== 'error');
      items = items.filter((_, i) => i !== (drop === -1 ? 0 : drop));
    }
    this.items = items;
    if (kind !== 'error') setTimeout(() => this.dismiss(notice.id), FADE_MS);
    return notice.id;
  }

  error(text: string): number {
    return this.push('error', text);
  }

  ok(text: string): number {
    return this.push('ok', text);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
  }
}
