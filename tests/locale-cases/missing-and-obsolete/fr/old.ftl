old = Ancien
