// This case asserts Rust glue: it waits for the Rust emitter in Generators.standard().
// maven-plugin/pom.xml property it.rustLanded turns it on.
return Boolean.parseBoolean(String.valueOf(rustLanded))
