// This case asserts generated content (or parser diagnostics): it waits for the real stages in
// Generators.standard(). maven-plugin/pom.xml property it.stagesLanded turns it on.
return Boolean.parseBoolean(String.valueOf(stagesLanded))
