# The desktop interface.
