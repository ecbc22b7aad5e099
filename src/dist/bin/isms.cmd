@echo off
rem Runs isms from the distribution's lib\isms.jar with Java (JAVA_HOME, else java on PATH).
rem ISMS_JAVA_OPTS adds JVM options, e.g. set ISMS_JAVA_OPTS=-Xmx512m
setlocal
set "ISMS_JAR=%~dp0..\lib\isms.jar"
if not exist "%ISMS_JAR%" (
  echo isms: %ISMS_JAR% is missing; unpack the whole isms distribution 1>&2
  exit /b 2
)
set "ISMS_JAVA=java"
if defined JAVA_HOME set "ISMS_JAVA=%JAVA_HOME%\bin\java"
"%ISMS_JAVA%" %ISMS_JAVA_OPTS% -jar "%ISMS_JAR%" %*
exit /b %ERRORLEVEL%
