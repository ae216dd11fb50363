// Registers every element of the kit. The only module of the entry with side effects.
import './provider/career-framework.js';
import './mobility-map/mobility-map.js';
