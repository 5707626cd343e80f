import { describeReadingLoop } from './reading-loop';
import { createFirefoxDriver } from '../../scripts/harness/firefox-driver';

describeReadingLoop('Firefox ESR', createFirefoxDriver);
