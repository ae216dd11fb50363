// A React 19 host: the kit through career-elements/react (@lit/react components). The framework
// object and the selection go in as properties; the elements' events come out as typed callbacks
// (onCareerRoleSelect, onCareerMoveSelect, onCareerProfileChange) that update React state.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Framework, Profile } from 'career-elements';
import { LadderCompare, MobilityMap, SkillGap } from 'career-elements/react';
import acme from '../../src/examples/acme.json';

const framework = acme as unknown as Framework;
const title = (id?: string) => framework.roles.find((role) => role.id === id)?.title ?? id ?? '—';

function App() {
  const [role, setRole] = useState('data-analyst-2');
  const [target, setTarget] = useState('ml-engineer-3');
  const [region, setRegion] = useState('US');
  const [profile, setProfile] = useState<Profile>();
  const [lastEvent, setLastEvent] = useState('none yet');

  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 1200, margin: '0 auto', padding: '1rem' }}>
      <h1>Career Elements in React</h1>
      <p>
        <label>
          Pay region{' '}
          <select id="region" value={region} onChange={(event) => setRegion(event.target.value)}>
            <option>US</option>
            <option>APAC</option>
          </select>
        </label>{' '}
        <button type="button" id="reset" onClick={() => setRole('data-analyst-2')}>
          Back to Data Analyst
        </button>
      </p>
      <p id="status" aria-live="polite">
        You are {title(role)}, looking at {title(target)}. Last event: <output id="last-event">{lastEvent}</output>
        {profile ? ` (profile with ${profile.skills.length} skills)` : ''}
      </p>
      <MobilityMap
        framework={framework}
        currentRole={role}
        region={region}
        onCareerRoleSelect={(event) => {
          setLastEvent(`career-role-select ${event.detail.roleId}`);
          setTarget(event.detail.roleId);
        }}
        onCareerMoveSelect={(event) => {
          setLastEvent(`career-move-select ${event.detail.from} → ${event.detail.to}`);
          setTarget(event.detail.to);
        }}
      />
      <LadderCompare
        framework={framework}
        family="data"
        region={region}
        onCareerRoleSelect={(event) => {
          setLastEvent(`career-role-select ${event.detail.roleId}`);
          setRole(event.detail.roleId);
        }}
      />
      <SkillGap
        framework={framework}
        currentRole={role}
        target={target}
        onCareerProfileChange={(event) => {
          setLastEvent('career-profile-change');
          setProfile(event.detail.profile);
        }}
      />
    </main>
  );
}

createRoot(document.querySelector('#app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
