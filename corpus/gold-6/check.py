#!/usr/bin/env python3
"""Checks this set with the validator the blind sets share, corpus/check_gold.py."""
import os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, '..', 'check_gold.py'), run_name='__main__')
