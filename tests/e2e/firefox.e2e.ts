import { describeReadingLoop } from './reading-loop';
import { createFirefoxDriver } from './support/firefox-driver';

describeReadingLoop('Firefox ESR', createFirefoxDriver);
