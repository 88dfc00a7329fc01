import { join } from 'node:path';
import { useMemo, useReducer, useRef, useState } from 'react';
import { Box } from 'ink';
import { KeyRouter } from './inputs/KeyRouter.js';
import type { KeyRouterApi } from './inputs/key-routing.js';
import { auditFacts, factsFor, policyFile, versionsChanged, writeOutputs, type HandEditChoice } from '../project.js';
import { readGenerated } from '../store/generated-file.js';
import type { AnswerValue } from '../core/answers/types.js';
import { effectiveAnswers, formFields, visibleQuestions } from '../core/answers/visibility.js';
import { stepOf } from '../core/questions/folds.js';
import type { Session } from './session.js';
import { createReducer, initialState } from './state/wizard-state.js';
import { whatChanged, reviewIds } from './state/changes.js';
import { saveAnswer } from './answer-handler.js';
import { useOutputs } from './hooks/use-outputs.js';
import { WelcomeScreen, type WelcomeChoice } from './screens/WelcomeScreen.js';
import { AUDIT_ITEM, SectionsScreen } from './screens/SectionsScreen.js';
import { QuestionScreen } from './screens/QuestionScreen.js';
import { DismissScreen } from './screens/DismissScreen.js';
import { AuditScreen } from './screens/AuditScreen.js';
import { PreviewScreen } from './screens/PreviewScreen.js';
import { WriteScreen } from './screens/WriteScreen.js';
import { DoneScreen } from './screens/DoneScreen.js';

interface WizardProps {
  session: Session;
  width: number;
  height: number;
  onQuit(finished: boolean): void;
}

/** The screens, driven by the reducer; saving and writing happen here, around dispatch. */
export function Wizard({ session, width, height, onQuit }: WizardProps) {
  const { bank } = session.engine;
  const reducer = useMemo(() => createReducer(bank), [bank]);
  const [state, dispatch] = useReducer(reducer, session.store.answers(), initialState);
  const [writeError, setWriteError] = useState<string>();
  const needsOutputs = ['audit', 'preview', 'write'].includes(state.screen);
  // The documents chosen in the write step live outside the answers: a new key recomputes the outputs.
  const [documentsChosen, setDocumentsChosen] = useState(0);
  // what the user wrote in the write step as this version's summary (Changes to this policy)
  const [versionSummary, setVersionSummary] = useState<string>();
  // the audit finding opened last, so the list comes back to it after the fix
  const [auditIndex, setAuditIndex] = useState<number>();
  const outputsKey = useMemo(() => ({}), [state.answers, documentsChosen, versionSummary]);
  const { outputs, error } = useOutputs(session, outputsKey, needsOutputs, versionSummary);

  const welcome = useMemo(() => {
    if (state.screen !== 'welcome' || !session.store.exists) return undefined;
    const file = session.store.file;
    const changes = whatChanged(bank, file, session.scan.services);
    let errors = 0;
    try {
      errors = auditFacts(session.engine, factsFor(session.engine, file, session.today, session.scan)).counts.error;
    } catch {
      // the audit screen shows the problem
    }
    // When the policy text last changed, from its marker (also set by `generate`, not only by the wizard).
    const policyUpdated = readGenerated(join(session.location.dir, policyFile(session.format ?? file.format)))?.lastUpdated;
    return { changes, errors, answered: Object.keys(file.answers).length, policyUpdated };
  }, [state.screen, state.answers]);

  const onWelcome = (choice: WelcomeChoice) => {
    if (choice === 'start') dispatch({ type: 'start' });
    else if (choice === 'review') dispatch({ type: 'review', ids: welcome ? reviewIds(bank, welcome.changes) : [] });
    else if (choice === 'quit') onQuit(false);
    else dispatch({ type: 'go', screen: choice });
  };

  const router = useRef<KeyRouterApi>(null);
  const current = useRef(state.questionId);
  current.current = state.screen === 'question' ? state.questionId : undefined;
  const onAnswer = (id: string, value: AnswerValue, also: Record<string, AnswerValue> = {}) => {
    if (current.current !== id) return; // a stale Enter reaching the previous question's input
    current.current = undefined;
    // keys typed before the next question is drawn go to its input, not to this one
    router.current?.hold();
    // the questions folded into this one's choices first, so that the audit never sees the parent without them
    for (const [foldedId, foldedValue] of Object.entries(also)) saveAnswer(session, foldedId, foldedValue);
    const dismiss = saveAnswer(session, id, value);
    dispatch({ type: 'answer', id, value, dismiss, also });
  };
  const onProgress = (id: string, value: AnswerValue) => {
    if (current.current !== id) return;
    session.store.setAnswer(id, value, 'user');
    dispatch({ type: 'progress', id, value });
  };

  const onWrite = async (choice: HandEditChoice) => {
    if (!outputs) return;
    try {
      // Keeping a hand-edited policy writes no new text, so no new version either.
      const policyWritten = outputs.policy.changed && !(outputs.policy.existing?.handEdited && choice !== 'overwrite');
      const paths = await writeOutputs(outputs, choice);
      // Recorded once the policy it describes is on disk.
      if (policyWritten && paths.includes(outputs.policy.path) && versionsChanged(session.store.file, outputs)) session.store.setPolicyVersions(outputs.versions);
      session.store.setGeneratedFiles(outputs.files.filter((o) => o.record && paths.includes(o.path)).map((o) => o.record!));
      // remember --format for the next generate/check
      if (session.format && session.format !== session.store.file.format) session.store.setFormat(session.format);
      const answers = session.store.answers();
      session.store.setLastRun({
        at: new Date().toISOString(),
        detectedServices: session.scan.services.map((d) => d.serviceId),
        questionIds: visibleQuestions(bank, answers).map((q) => q.id),
      });
      dispatch({ type: 'written', paths });
    } catch (e) {
      setWriteError((e as Error).message);
    }
  };

  const common = { session, width, height };
  const back = () => dispatch({ type: 'back' });
  switch (state.screen) {
    case 'welcome':
      return <WelcomeScreen {...common} demo={session.demo} summary={welcome} onChoose={onWelcome} />;
    case 'sections':
      return <SectionsScreen {...common} answers={state.answers} onOpen={(sectionId) => dispatch(sectionId === AUDIT_ITEM ? { type: 'go', screen: 'audit' } : { type: 'openSection', sectionId })} onBack={back} />;
    case 'question': {
      const stored = state.questionId ? bank.byId.get(state.questionId) : undefined;
      if (!stored) return <Box />;
      // A form asks only the fields that apply to these answers (e.g. the UK safeguard only with UK users).
      const question = { ...stored, fields: stored.fields && formFields(stored, effectiveAnswers(bank, state.answers)) };
      return (
        <KeyRouter ref={router}>
          <QuestionScreen
            {...common}
            key={question.id}
            question={question}
            answers={state.answers}
            help={state.help}
            fromAudit={state.returnTo === 'audit' && state.queue?.length === 1}
            cell={state.cell}
            onToggleHelp={() => dispatch({ type: 'toggleHelp' })}
            onAnswer={(value, also) => onAnswer(question.id, value, also)}
            onProgress={(value) => onProgress(question.id, value)}
            onBack={back}
          />
        </KeyRouter>
      );
    }
    case 'dismiss':
      return (
        <DismissScreen
          {...common}
          key={state.pendingDismiss[0]}
          serviceId={state.pendingDismiss[0] ?? ''}
          onReason={(serviceId, reason) => {
            session.store.dismiss(serviceId, reason);
            dispatch({ type: 'dismissed', serviceId });
          }}
          onBack={back}
        />
      );
    case 'audit':
      return (
        <AuditScreen
          {...common}
          outputs={outputs}
          error={error}
          initialIndex={auditIndex}
          onFix={(id, cell, index) => {
            setAuditIndex(index);
            dispatch({ type: 'fix', id, cell });
          }}
          canOpen={(id) => visibleQuestions(bank, state.answers).some((q) => q.id === stepOf(bank, id))}
          onContinue={() => dispatch({ type: 'go', screen: 'preview' })}
          onWrite={() => dispatch({ type: 'go', screen: 'write' })}
          onSections={() => dispatch({ type: 'go', screen: 'sections' })}
          onBack={back}
        />
      );
    case 'preview':
      return <PreviewScreen {...common} outputs={outputs} error={error} onContinue={() => dispatch({ type: 'go', screen: 'write' })} onBack={back} />;
    case 'write':
      return (
        <WriteScreen
          {...common}
          outputs={outputs}
          error={error ?? (writeError ? new Error(writeError) : undefined)}
          onWrite={onWrite}
          onSummary={setVersionSummary}
          onDocuments={(ids) => {
            session.store.setDocuments(Object.fromEntries((outputs?.choices ?? []).map((c) => [c.id, ids.includes(c.id)])));
            setDocumentsChosen((n) => n + 1);
          }}
          onBack={back}
        />
      );
    case 'done':
      return <DoneScreen {...common} written={state.written ?? []} onQuit={() => onQuit(true)} />;
  }
}
