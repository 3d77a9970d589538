// The cloned project is its own repository, so its root is the project root (the checkout
// around it would otherwise be). Git refuses to commit a .git directory: it is made here.
new File(basedir, '.git').mkdirs()
return true
