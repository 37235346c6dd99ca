import type { PopupState } from '../shared/messages';
import { checklistSteps } from './checklist';

export function Checklist({ state }: { state: PopupState }) {
  const steps = checklistSteps(state);
  // Details only for the step the person is on: the popup must fit without scrolling.
  const current = steps.find((step) => !step.done);
  return (
    <ol class="checklist" aria-label="Setup steps">
      {steps.map((step) => (
        <li class={step.done ? 'step done' : 'step'} key={step.title}>
          <span class="step-state" aria-hidden="true">
            {step.done ? '✓' : '○'}
          </span>
          <div>
            <strong>{step.title}</strong>
            <span class="visually-hidden">{step.done ? ' (done)' : ` (${step.partly ?? 'to do'})`}</span>
            {step === current && <p class="detail">{step.detail}</p>}
            {step.link && (
              <>
                {' '}
                <a href={step.link.href} target="_blank" rel="noreferrer">
                  {step.link.label}
                </a>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
