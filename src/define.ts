// Registers every element of the kit. The only module of the entry with side effects.
import './provider/career-framework.js';
import './skill-gap/skill-gap.js';
import './ladder-compare/ladder-compare.js';
import './mobility-map/mobility-map.js';
