import { expect } from '@open-wc/testing';
import { validateFramework } from '../model/validate.js';
import { FrameworkIndex } from '../model/framework-index.js';
import { generateFramework } from './generate-framework.js';

describe('generateFramework', () => {
  for (const roles of [100, 1000]) {
    it(`generates a valid framework of ${roles} roles with the requested shape`, () => {
      const framework = generateFramework({ roles, movesPerRole: 5, seed: 7 });
      const result = validateFramework(framework);
      expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
      expect(framework.roles).to.have.length(roles);
      expect(framework.families.length).to.be.within(10, 25);
      expect(framework.tracks.map((t) => t.id)).to.deep.equal(['ic', 'management']);
      expect(framework.levels).to.have.length(7);
      expect(framework.skills!.length).to.be.within(30, 200);
      expect(framework.moves!.length).to.be.within(roles * 4.5, roles * 5);
      expect(new FrameworkIndex(framework).regions()).to.deep.equal(['us', 'uk']);
      expect(new Set(framework.roles.map((r) => r.family)).size).to.equal(framework.families.length);
    });
  }

  it('gives the same framework for the same seed and another for another seed', () => {
    const a = JSON.stringify(generateFramework({ roles: 200, seed: 3 }));
    expect(JSON.stringify(generateFramework({ roles: 200, seed: 3 }))).to.equal(a);
    expect(JSON.stringify(generateFramework({ roles: 200, seed: 4 }))).not.to.equal(a);
  });

  it('honours explicit families, levels, skills and moves per role', () => {
    const framework = generateFramework({ roles: 300, families: 12, levels: 5, skills: 40, movesPerRole: 2, seed: 1 });
    expect(validateFramework(framework).valid).to.equal(true);
    expect([framework.families.length, framework.levels.length, framework.skills!.length]).to.deep.equal([12, 5, 40]);
    expect(framework.moves!.length).to.be.within(500, 600);
  });
});
