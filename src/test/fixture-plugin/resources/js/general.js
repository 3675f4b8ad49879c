window.fixtureGeneralContext = true;
