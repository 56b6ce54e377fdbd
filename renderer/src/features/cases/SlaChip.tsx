import type { CaseCard } from '../../../../shared/domain/case';
import { slaChipOf } from './caseFormat';

/** The SLA timer of a case as a chip: green while on time, amber near the target, red when over. */
export function SlaChip(props: { card: CaseCard; now: number }) {
  const chip = slaChipOf(props.card, props.now);
  return (
    <span className={`sla-chip ${chip.state}`} data-testid="sla-chip" data-state={chip.state} title={chip.title}>
      {chip.label}
    </span>
  );
}
